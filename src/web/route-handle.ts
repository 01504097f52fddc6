// The `handle` every route module exports: the access level the server enforces before the route runs.
import type { AccessLevel } from "#core/access.ts";

export type RouteHandle = { access: AccessLevel };
