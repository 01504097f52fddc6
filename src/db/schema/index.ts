// The one PostgreSQL schema of the hub, for both engines.
export * from "./accounts.ts";
export * from "./access.ts";
export * from "./hub.ts";
export * from "./operations.ts";
export * from "./catalog.ts";
export * from "./registration.ts";
export * from "./credentials.ts";
// trainers (issue 10)
export * from "./trainers.ts";
