// `node --import ./load-typescript.js <file.ts>`: how the hub's own processes run its TypeScript. Node 22.18+ and 24
// strip the types themselves, with nothing to load and no second thread transforming every module (an app process idled
// 64 MB lighter that way: issue 16, decision 0049); an older Node, such as 20, gets tsx instead.
import process from "node:process";

if (!process.features.typescript) await import("tsx");
