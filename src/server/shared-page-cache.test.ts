import { EventEmitter } from "node:events";
import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import type { RequestContext } from "#web/request-context.ts";
import { createSharedPageCache } from "./shared-page-cache.ts";

/** Just enough of an Express response for the cache: headers, status, write/end, and "close" once it is over. */
function fakeResponse() {
  const headers = new Map<string, unknown>();
  const events = new EventEmitter();
  const sent: string[] = [];
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    write: (chunk: string) => (sent.push(String(chunk)), true),
    end: (chunk?: string) => {
      if (chunk) sent.push(String(chunk));
      events.emit("close");
      return res;
    },
    once: (event: string, listener: () => void) => (events.once(event, listener), res),
  };
  return { res: res as unknown as Response, headers, body: () => sent.join("") };
}

const visitor = { viewer: null, access: "allow", locale: "en", timeZone: "America/Los_Angeles" } as unknown as RequestContext;
const get = (url: string, cookie?: string) => ({ method: "GET", path: url.split("?")[0], originalUrl: url, headers: cookie ? { cookie } : {} }) as unknown as Request;

describe("shared page copies", () => {
  it("keeps a plain page and serves it again with the new response's nonce until it runs out", async () => {
    const cache = createSharedPageCache();
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html; charset=utf-8");
    expect(await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10, 1_000)).toBe(false);
    first.res.write('<script nonce="n1">');
    first.res.end("</script>");
    expect(first.headers.get("cache-status")).toBe("ips-hub; fwd=miss");

    const second = fakeResponse();
    expect(await cache.answer(second.res, { key, nonce: "n2", stamp: "valid:" }, 10, 5_000)).toBe(true);
    expect(second.body()).toBe('<script nonce="n2"></script>');
    expect(second.headers.get("cache-status")).toBe("ips-hub; hit");
    expect(await cache.answer(fakeResponse().res, { key, nonce: "n3", stamp: "valid:" }, 10, 11_000)).toBe(false);
  });

  it("never shows a copy made under another stamp", async () => {
    const cache = createSharedPageCache();
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html");
    await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10, 1_000);
    first.res.end("valid");
    const revoked = fakeResponse();
    expect(await cache.answer(revoked.res, { key, nonce: "n2", stamp: "revoked:1700000000000" }, 10, 2_000)).toBe(false);
    expect(revoked.body()).toBe("");
  });

  it("keeps nothing that set a cookie, is not a 200 page, or is not HTML", async () => {
    const cache = createSharedPageCache();
    const key = cache.keyFor(get("/trainings"), visitor, 2)!;
    for (const spoil of [
      (res: Response) => res.setHeader("Set-Cookie", "a=b"),
      (res: Response) => void (res.statusCode = 404),
      (res: Response) => res.setHeader("Content-Type", "application/json"),
    ]) {
      const response = fakeResponse();
      response.res.setHeader("Content-Type", "text/html");
      spoil(response.res);
      await cache.answer(response.res, { key, nonce: "n", stamp: "" }, 2, 1_000);
      response.res.end("page");
      const next = fakeResponse();
      expect(await cache.answer(next.res, { key, nonce: "m", stamp: "" }, 2, 1_500)).toBe(false);
      next.res.statusCode = 500;
      next.res.end("not kept either");
    }
  });

  it("renders for itself a request with a session cookie, a data request, another method, or a signed-in viewer", () => {
    const cache = createSharedPageCache();
    expect(cache.keyFor(get("/trainings", "ips.session_token=x"), visitor, 2)).toBeNull();
    expect(cache.keyFor(get("/trainings.data"), visitor, 2)).toBeNull();
    expect(cache.keyFor({ ...get("/trainings"), method: "POST" } as Request, visitor, 2)).toBeNull();
    expect(cache.keyFor(get("/trainings"), { ...visitor, viewer: { userId: "u" } } as unknown as RequestContext, 2)).toBeNull();
    expect(cache.keyFor(get("/trainings"), visitor, undefined)).toBeNull();
    expect(cache.keyFor(get("/trainings"), { ...visitor, locale: "es" } as RequestContext, 2)).not.toBe(cache.keyFor(get("/trainings"), visitor, 2));
  });

  it("lets requests for a page being rendered wait for that render instead of rendering it again", async () => {
    const cache = createSharedPageCache();
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html");
    expect(await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10)).toBe(false);
    const second = fakeResponse();
    let settled = false;
    const waiting = cache.answer(second.res, { key, nonce: "n2", stamp: "valid:" }, 10).then((answered) => ((settled = true), answered));
    // A request under another stamp (the certificate was just revoked) does not wait for the old render.
    expect(await cache.answer(fakeResponse().res, { key, nonce: "n3", stamp: "revoked:1" }, 10)).toBe(false);
    expect(settled).toBe(false);
    first.res.end('<p nonce="n1">valid</p>');
    expect(await waiting).toBe(true);
    expect(second.body()).toBe('<p nonce="n2">valid</p>');
    expect(second.headers.get("cache-status")).toBe("ips-hub; hit");
  });
});
