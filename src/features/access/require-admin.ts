// Admin use cases check the role themselves too, so the API, the CLI and pages can never skip it.
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";

export function requireAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { detail: "Only hub admins can do this" });
}
