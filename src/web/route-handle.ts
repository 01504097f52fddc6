// The `handle` every route module exports: the access level the server enforces before the route runs.
import type { AccessLevel } from "#core/access.ts";

export type RouteHandle = {
  access: AccessLevel;
  /**
   * For public pages with nothing personal on them: visitors who are not signed in may get a copy rendered at most
   * this many seconds ago (per address, language and time zone; see src/server/shared-page-cache.ts).
   */
  sharedCacheSeconds?: number;
};
