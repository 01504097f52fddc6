// A bare React Router app: the yardstick the hub's pages are measured against in benchmarks.
import type { Config } from "@react-router/dev/config";

export default { appDirectory: "app", buildDirectory: "build", ssr: true } satisfies Config;
