// Every page and resource route. Each route module declares `handle.access`; the server denies routes without one.
import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/public/home.tsx"),
  // — public pages —
  // — sign-in, sign-up and recovery —
  // — the person's own account —
  // — hub admin —
  // — partner admin —
  // — API reference —
  route("*", "routes/public/not-found.tsx"),
] satisfies RouteConfig;
