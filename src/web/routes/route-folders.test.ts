// Keeps decision 0022 true: the top of each route area holds only route modules; what they use sits in its lib/ folder.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const routesDir = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.dirname(routesDir);

function routeFiles(): Set<string> {
  const config = readFileSync(path.join(webDir, "routes.ts"), "utf8");
  return new Set([...config.matchAll(/"(routes\/[^"]+)"/g)].map((match) => match[1]!));
}

describe("route folders", () => {
  it("hold only route modules (and their tests) at the top of each area", () => {
    const routes = routeFiles();
    const strays: string[] = [];
    for (const area of readdirSync(routesDir, { withFileTypes: true })) {
      if (!area.isDirectory()) continue;
      for (const entry of readdirSync(path.join(routesDir, area.name), { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const routePath = `routes/${area.name}/${entry.name.replace(/\.test\.ts$/, ".ts")}`;
        const testedRoute = [".ts", ".tsx"].some((ext) => routes.has(routePath.replace(/\.ts$/, ext)));
        if (!routes.has(routePath) && !testedRoute) strays.push(`${area.name}/${entry.name}`);
      }
    }
    expect(strays, "move these into their area's lib/ folder").toEqual([]);
  });

  it("names only files that exist", () => {
    for (const route of routeFiles()) expect(() => readFileSync(path.join(webDir, route))).not.toThrow();
  });
});
