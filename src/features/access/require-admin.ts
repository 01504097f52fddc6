// Admin use cases check the role themselves too, so the API, the CLI and pages can never skip it.
import { hasRole, type Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";

export function requireAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  if (!hasRole(viewer, "admin")) throw new AppError("forbidden", { detail: "Only hub admins can do this" });
}
