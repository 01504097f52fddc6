// The one PostgreSQL schema of the hub, for both engines.
export * from "./accounts.ts";
export * from "./access.ts";
export * from "./hub.ts";
export * from "./operations.ts";
export * from "./catalog.ts";
export * from "./registration.ts";
export * from "./credentials.ts";
export * from "./imports.ts";
// — webhooks —
export * from "./webhooks.ts";
// — evaluations —
export * from "./evaluations.ts";
// — prompts and journal (C8) —
export * from "./prompts.ts";
export * from "./journal.ts";
// — partners —
export * from "./partners.ts";
// — impact (issue 12) —
export * from "./impact.ts";
// — circles (co-reflection) —
export * from "./circles.ts";
// trainers (issue 10)
export * from "./trainers.ts";
// — trusted issuers (issue 13, item 4) —
export * from "./trusted-issuers.ts";
// privacy (issue 14)
export * from "./privacy.ts";
// in-house trainings (issue 10, item 6)
export * from "./inhouse.ts";
