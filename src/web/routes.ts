// Every page and resource route. Each route module declares `handle.access`; the server denies routes without one.
import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/public/home.tsx"),
  route("*", "routes/public/not-found.tsx"),
] satisfies RouteConfig;
