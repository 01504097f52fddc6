// `npm start`: one app process serving pages and the API, with the job worker inside unless WORKER=off.
import { runMain, startHub, stopOnSignals } from "./start.ts";

await runMain(async () => {
  const hub = await startHub();
  stopOnSignals(hub.stop);
  console.log(`IPS Hub is running at ${hub.url}`);
});
