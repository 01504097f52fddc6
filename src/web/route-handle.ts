// The `handle` every route module exports: the access level the server enforces before the route runs.
import type { AccessLevel } from "#core/access.ts";

/** Checks a kept copy of a page must pass before it is shown again (implemented in src/server/page-stamps.ts). */
export type PageStampName = "credentialVerdict" | "impactShown";

export type RouteHandle = {
  access: AccessLevel;
  /**
   * For public pages with nothing personal on them: visitors who are not signed in may get a copy rendered at most
   * this many seconds ago (per address, language and time zone; see src/server/shared-page-cache.ts).
   */
  sharedCacheSeconds?: number;
  /**
   * For a page whose copy must never outlive a change to some facts (a certificate's verdict): the copy is shown only
   * while the named stamp, read fresh on every request, is what it was when the copy was made.
   */
  sharedCacheStamp?: PageStampName;
  /**
   * For a file the JSON API points to (a credential's PDF, JSON or JWT): a personal access token sent as
   * `Authorization: Bearer <token>` identifies the viewer too, and one that is not valid answers 401 problem+json
   * rather than the sign-in redirect (src/server/http-app.ts).
   */
  acceptsApiToken?: true;
  /** For a page whose form carries a file: its body may be as large as a file allows (src/server/body-limits.ts). */
  acceptsFiles?: boolean;
  /** "none" for a page shown to a room or on a projector: the shell renders it without the site header and footer. */
  chrome?: "none";
};
