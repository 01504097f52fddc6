// The emailed link to a "download my data" archive: the ZIP for the signed-in person it was made for, before it expires.
// Anything else goes back to the privacy page with a calm word; another person learns nothing about the link.
import { redirect } from "react-router";
import type { Route } from "./+types/privacy-export";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf } from "#web/form-state.server.ts";
import { downloadDataExport } from "#features/privacy/download-data-export.ts";
import { attachment } from "../my/lib/download.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

const noticeFor = { not_found: "notFound", expired: "expired", not_ready: "notReady" } as const;

export async function loader({ params, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const result = await downloadDataExport(ctx.services, { viewer: ctx.viewer, token: params.token }, actorOf(ctx));
  if (!result.ok) throw redirect(`/account/privacy?notice=${noticeFor[result.problem]}`);
  return attachment(result.archive, "application/zip", result.fileName);
}
