// Serves the bare yardstick app on PORT, the same way the hub is served (Express + React Router's handler); given a
// DATABASE_URL, also the bare authenticated JSON endpoint at /api/me (bench/minimal/bare-auth.ts).
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import { mountBareAuth } from "./bare-auth.ts";

const here = path.dirname(new URL(import.meta.url).pathname);
const build = (await import(pathToFileURL(path.join(here, "build/server/index.js")).href)) as ServerBuild;
const app = express();
if (process.env.DATABASE_URL) mountBareAuth(app, process.env.DATABASE_URL);
app.use("/assets", express.static(path.join(here, "build/client/assets"), { immutable: true, maxAge: "1y" }));
app.all("/{*path}", createRequestHandler({ build, mode: "production" }));
app.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
