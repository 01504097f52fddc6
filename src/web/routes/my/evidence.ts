// An evidence file someone uploaded with outside CE hours: for its owner and hub admins; anyone else finds nothing.
import type { Route } from "./+types/evidence";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isAppError } from "#platform/app-error.ts";
import { readEvidence } from "#features/certifications/outside-hours.ts";
import { attachment } from "./lib/download.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  try {
    const file = await readEvidence(services.db, viewer, params.id);
    return attachment(file.bytes, file.type, file.name);
  } catch (error) {
    if (isAppError(error)) throw new Response("Not found", { status: 404 });
    throw error;
  }
}
