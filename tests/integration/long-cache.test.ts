// The quick exit's script and the theme stylesheet have their content in their names, so browsers keep them a year.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";

describe.each(enginesUnderTest())("long cache lifetimes on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;

  beforeAll(async () => {
    services = await createTestServices(engine);
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("links a fingerprinted quick-exit script and theme stylesheet, each cached for a year", async () => {
    const html = await (await fetch(`${http.url}/`)).text();
    const script = /<script src="(\/assets\/quick-exit-[\w-]+\.js)"/.exec(html)?.[1];
    const theme = /<link rel="stylesheet" href="(\/theme\.css\?v=[0-9a-f]{6})"/.exec(html)?.[1];
    expect(script, "the quick exit script, by its hashed name").toBeTruthy();
    expect(theme, "the theme stylesheet, by its colour").toBeTruthy();

    const js = await fetch(`${http.url}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(js.headers.get("cache-control")).toMatch(/max-age=31536000/);
    expect(await js.text()).toContain("quick-exit");

    const css = await fetch(`${http.url}${theme}`);
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await css.text()).toMatch(/^:root\{--accent:#[0-9a-f]{6}/);
    // An old colour, or none, is answered with today's colours for a minute only.
    for (const stale of ["/theme.css?v=000000", "/theme.css"])
      expect((await fetch(`${http.url}${stale}`)).headers.get("cache-control"), stale).toBe("public, max-age=60");
  });
});
