// React Router framework settings: server rendering on, the app lives under src/web, and every v8 behaviour opted into
// early (docs/decisions/0020-node-24-runtime.md), so moving to React Router 8 changes no behaviour.
import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "src/web",
  buildDirectory: "build",
  ssr: true,
  // The browser gets the whole route manifest once, as a cached file, instead of a manifest cut to the page written
  // into every page (and a `/__manifest` request before navigating somewhere new): issue 16, decision 0046.
  routeDiscovery: { mode: "initial" },
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    // Loaders, actions and middleware get the raw request; `url` is the page's address without `.data` or `_routes`.
    v8_passThroughRequests: true,
    // A data request for "/x/" is "/x/_.data", and for "/" it is "/_.data" (no longer "/_root.data").
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
