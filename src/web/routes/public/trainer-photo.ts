// GET /trainers/:id/photo: a trainer's photo while they consent to be shown (and always to the trainer themself), with
// validators so a browser asks again cheaply; anyone else, and a photo that is not there, finds nothing.
import type { Route } from "./+types/trainer-photo";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isAppError } from "#platform/app-error.ts";
import { readTrainerPhoto } from "#features/trainers/trainer-profile.ts";

export const handle: RouteHandle = { access: "public" };

/**
 * Five minutes for a shown photo: its address carries its version, so a new photo shows at once, and a withdrawn
 * consent reaches every kept copy within minutes. The trainer's own view of a photo not shown is never shared.
 */
const PUBLIC_CACHE = "public, max-age=300, must-revalidate";
const OWN_CACHE = "private, no-cache";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  let photo;
  try {
    photo = await readTrainerPhoto(services, viewer, params.id);
  } catch (error) {
    if (isAppError(error)) throw new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
  const headers = {
    "Cache-Control": photo.shownPublicly ? PUBLIC_CACHE : OWN_CACHE,
    ETag: photo.etag,
    "Last-Modified": photo.updatedAt.toUTCString(),
  };
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === photo.etag))
    return new Response(null, { status: 304, headers });
  // The type is the one its bytes showed on upload; the server's own headers add nosniff and the CSP to every answer.
  return new Response(photo.bytes as BodyInit, {
    headers: { ...headers, "Content-Type": photo.type, "Content-Length": String(photo.bytes.length) },
  });
}
