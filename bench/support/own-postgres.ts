// A PostgreSQL server a drill owns: its own data folder and port, so the drill can stop and start it mid-run without
// touching the machine's server. Made with the server's own tools (initdb, pg_ctl) from the installed PostgreSQL.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { freePort } from "./servers.ts";

export type OwnPostgres = {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  /** Stops the server and deletes its data folder. */
  remove(): void;
};

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const dir = path.join(root, version, "bin");
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error("initdb was not found under /usr/lib/postgresql: install Debian's postgresql package");
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = binDir();
  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), "ipshub-drill-pg-"));
  const dataDir = path.join(folder, "data");
  // PostgreSQL refuses to run as root; as root the drill runs its server as the postgres user.
  const asRoot = userInfo().uid === 0;
  if (asRoot) execFileSync("chown", ["postgres:postgres", folder]);
  const run = (tool: string, args: string[]) => {
    const command = path.join(bin, tool);
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "ignore" });
    else execFileSync(command, args, { stdio: "ignore" });
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run("pg_ctl", ["-D", dataDir, "-l", path.join(folder, "log"), "-o", options, "-w", "start"]);
  const stop = () => run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
