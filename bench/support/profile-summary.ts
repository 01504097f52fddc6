// Reads a V8 CPU profile (`.cpuprofile`, written by `BENCH_CPU_PROFILE=<folder>`) and prints where the time went: self
// time by package or project folder, and the functions with the most self time. Used to say, in a closing note, what a
// request still spends its CPU on. Startup (loading, migrating, seeding) would drown the requests, so only the
// samples from the busiest stretch after start-up are counted: the longest run of seconds in which the process was
// busy at least half the time. Usage: node bench/support/profile-summary.ts <file.cpuprofile> [top N]
import { readFileSync } from "node:fs";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

const [file, topArgument] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/support/profile-summary.ts <file.cpuprofile> [top N]");
  process.exit(2);
}
const top = Number(topArgument ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));

const idleIds = new Set(
  profile.nodes.filter((node) => node.callFrame.functionName === "(idle)").map((node) => node.id),
);
/** Each sample's time since the profile started, in whole seconds. */
const secondOf: number[] = [];
let clock = 0;
for (const delta of profile.timeDeltas) {
  clock += delta;
  secondOf.push(Math.floor(clock / 1e6));
}
const busyBySecond = new Map<number, { busy: number; all: number }>();
profile.samples.forEach((id, index) => {
  const second = secondOf[index]!;
  const entry = busyBySecond.get(second) ?? { busy: 0, all: 0 };
  const delta = profile.timeDeltas[index] ?? 0;
  entry.all += delta;
  if (!idleIds.has(id)) entry.busy += delta;
  busyBySecond.set(second, entry);
});
let window = { from: 0, to: -1 };
let runStart: number | undefined;
const lastSecond = Math.max(...busyBySecond.keys());
const isBusy = (second: number) => {
  const entry = busyBySecond.get(second);
  return entry !== undefined && entry.busy >= entry.all / 2;
};
// Start-up (loading modules, migrating) runs from the first second until the process first waits; with a short load it
// can be the longest busy stretch, so it is left out when the profile holds anything after it.
let firstIdle = 0;
while (firstIdle <= lastSecond && isBusy(firstIdle)) firstIdle += 1;
const from = firstIdle <= lastSecond ? firstIdle : 0;
for (let second = from; second <= lastSecond + 1; second += 1) {
  const busy = isBusy(second);
  if (busy && runStart === undefined) runStart = second;
  if (!busy && runStart !== undefined) {
    if (second - 1 - runStart > window.to - window.from) window = { from: runStart, to: second - 1 };
    runStart = undefined;
  }
}

/** Microseconds of self time per node in the busiest stretch: each sample's delta belongs to the node on top. */
const selfTime = new Map<number, number>();
profile.samples.forEach((id, index) => {
  const second = secondOf[index]!;
  if (second < window.from || second > window.to || idleIds.has(id)) return;
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});

/** A package name (`react-dom`, `pg`), a project folder (`src/web`), `node:` internals, or what V8 calls the frame. */
function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return `(${functionName || "native"})`;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1]!;
  if (url.startsWith("node:")) return "node internals";
  const projectMatch = /\/(src\/[^/]+|build\/[^/]+|bench)\//.exec(url);
  return projectMatch ? projectMatch[1]! : url;
}

const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, micros] of selfTime) {
  const node = byId.get(id);
  if (!node) continue;
  const area = areaOf(node);
  byArea.set(area, (byArea.get(area) ?? 0) + micros);
  const name = `${node.callFrame.functionName || "(anonymous)"} — ${area}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}

const percent = (micros: number) => `${((100 * micros) / total).toFixed(1)} %`;
const rows = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => `| ${name} | ${(micros / 1000).toFixed(0)} | ${percent(micros)} |`);

console.log(
  `${file}: seconds ${window.from}–${window.to} of the profile (the busiest stretch), ${(total / 1e6).toFixed(1)} s busy\n`,
);
console.log("| self time by area | ms | share |\n|---|---:|---:|");
console.log(rows(byArea).join("\n"));
console.log("\n| self time by function | ms | share |\n|---|---:|---:|");
console.log(rows(byFunction).join("\n"));
