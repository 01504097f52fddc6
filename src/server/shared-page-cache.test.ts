import { Writable } from "node:stream";
import type { Request, Response } from "express";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RequestContext } from "#web/request-context.ts";
import { createSharedPageCache } from "./shared-page-cache.ts";

/**
 * Just enough of an Express response for the cache: headers, status, and a real writable stream underneath, so it ends
 * ("finish", then "close") as a response does; `leave()` is the visitor closing the connection before it is over.
 */
function fakeResponse() {
  const headers = new Map<string, unknown>();
  const sent: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      sent.push(chunk.toString("utf8"));
      callback();
    },
  });
  const res = Object.assign(stream, {
    statusCode: 200,
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  });
  return { res: res as unknown as Response, headers, body: () => sent.join(""), leave: () => void stream.destroy() };
}

/** A clock the test moves by hand. */
function handClock(start: number) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

/** Lets timers, stream events and promise callbacks run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

const visitor = {
  viewer: null,
  access: "allow",
  locale: "en",
  timeZone: "America/Los_Angeles",
} as unknown as RequestContext;
const get = (url: string, cookie?: string) =>
  ({
    method: "GET",
    path: url.split("?")[0],
    originalUrl: url,
    headers: cookie ? { cookie } : {},
  }) as unknown as Request;

describe("shared page copies", () => {
  it("keeps a plain page and serves it again with the new response's nonce until it runs out", async () => {
    const clock = handClock(1_000);
    const cache = createSharedPageCache(clock.now);
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html; charset=utf-8");
    expect(await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10)).toBe(false);
    first.res.write('<script nonce="n1">');
    first.res.end("</script>");
    expect(first.headers.get("cache-status")).toBe("ips-hub; fwd=miss");

    const second = fakeResponse();
    clock.time = 5_000;
    expect(await cache.answer(second.res, { key, nonce: "n2", stamp: "valid:" }, 10)).toBe(true);
    expect(second.body()).toBe('<script nonce="n2"></script>');
    expect(second.headers.get("cache-status")).toBe("ips-hub; hit");
    clock.time = 11_000;
    expect(await cache.answer(fakeResponse().res, { key, nonce: "n3", stamp: "valid:" }, 10)).toBe(false);
  });

  it("never shows a copy made under another stamp", async () => {
    const clock = handClock(1_000);
    const cache = createSharedPageCache(clock.now);
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html");
    await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10);
    first.res.end("valid");
    const revoked = fakeResponse();
    clock.time = 2_000;
    expect(await cache.answer(revoked.res, { key, nonce: "n2", stamp: "revoked:1700000000000" }, 10)).toBe(false);
    expect(revoked.body()).toBe("");
  });

  it("keeps nothing that set a cookie, is not a 200 page, or is not HTML", async () => {
    const clock = handClock(1_000);
    const cache = createSharedPageCache(clock.now);
    const key = cache.keyFor(get("/trainings"), visitor, 2)!;
    for (const spoil of [
      (res: Response) => res.setHeader("Set-Cookie", "a=b"),
      (res: Response) => void (res.statusCode = 404),
      (res: Response) => res.setHeader("Content-Type", "application/json"),
    ]) {
      const response = fakeResponse();
      response.res.setHeader("Content-Type", "text/html");
      spoil(response.res);
      clock.time = 1_000;
      await cache.answer(response.res, { key, nonce: "n", stamp: "" }, 2);
      response.res.end("page");
      const next = fakeResponse();
      clock.time = 1_500;
      expect(await cache.answer(next.res, { key, nonce: "m", stamp: "" }, 2)).toBe(false);
      next.res.statusCode = 500;
      next.res.end("not kept either");
    }
  });

  it("renders for itself a request with a session cookie, a data request, another method, or a signed-in viewer", () => {
    const cache = createSharedPageCache();
    expect(cache.keyFor(get("/trainings", "ips.session_token=x"), visitor, 2)).toBeNull();
    expect(cache.keyFor(get("/trainings.data"), visitor, 2)).toBeNull();
    expect(cache.keyFor({ ...get("/trainings"), method: "POST" } as Request, visitor, 2)).toBeNull();
    expect(
      cache.keyFor(get("/trainings"), { ...visitor, viewer: { userId: "u" } } as unknown as RequestContext, 2),
    ).toBeNull();
    expect(cache.keyFor(get("/trainings"), visitor, undefined)).toBeNull();
    expect(cache.keyFor(get("/trainings"), { ...visitor, locale: "es" } as RequestContext, 2)).not.toBe(
      cache.keyFor(get("/trainings"), visitor, 2),
    );
  });

  it("lets requests for a page being rendered wait for that render instead of rendering it again", async () => {
    const cache = createSharedPageCache();
    const key = cache.keyFor(get("/verify/ABC"), visitor, 10)!;
    const first = fakeResponse();
    first.res.setHeader("Content-Type", "text/html");
    expect(await cache.answer(first.res, { key, nonce: "n1", stamp: "valid:" }, 10)).toBe(false);
    const second = fakeResponse();
    let settled = false;
    const waiting = cache
      .answer(second.res, { key, nonce: "n2", stamp: "valid:" }, 10)
      .then((answered) => ((settled = true), answered));
    // A request under another stamp (the certificate was just revoked) does not wait for the old render.
    expect(await cache.answer(fakeResponse().res, { key, nonce: "n3", stamp: "revoked:1" }, 10)).toBe(false);
    expect(settled).toBe(false);
    first.res.end('<p nonce="n1">valid</p>');
    expect(await waiting).toBe(true);
    expect(second.body()).toBe('<p nonce="n2">valid</p>');
    expect(second.headers.get("cache-status")).toBe("ips-hub; hit");
  });

  it("keeps a bounded number of pages, dropping the oldest", async () => {
    const cache = createSharedPageCache(handClock(1_000).now);
    const keep = async (url: string) => {
      const response = fakeResponse();
      response.res.setHeader("Content-Type", "text/html");
      await cache.answer(response.res, { key: cache.keyFor(get(url), visitor, 10)!, nonce: "n", stamp: "" }, 10);
      response.res.end(url);
    };
    for (let index = 0; index <= 300; index++) await keep(`/verify/${index}`);
    await turn();
    expect(
      await cache.answer(
        fakeResponse().res,
        { key: cache.keyFor(get("/verify/0"), visitor, 10)!, nonce: "m", stamp: "" },
        10,
      ),
    ).toBe(false);
    expect(
      await cache.answer(
        fakeResponse().res,
        { key: cache.keyFor(get("/verify/300"), visitor, 10)!, nonce: "m", stamp: "" },
        10,
      ),
    ).toBe(true);
  });

  describe("under load, when renders and visitors do not end well", () => {
    afterEach(() => void vi.useRealTimers());
    const request = (cache: ReturnType<typeof createSharedPageCache>, nonce: string) => ({
      key: cache.keyFor(get("/trainings"), visitor, 2)!,
      nonce,
      stamp: "",
    });
    /** The answer, or "still waiting" if it has not come after a few turns of the event loop. */
    const soon = async <T>(answer: Promise<T>): Promise<T | "still waiting"> => {
      let result: T | "still waiting" = "still waiting";
      void answer.then((value) => (result = value));
      for (let index = 0; index < 5; index++) await turn();
      return result;
    };

    it("answers nobody, and renders nothing, for a visitor who left before or while waiting; the next visitor is not held up", async () => {
      const cache = createSharedPageCache(handClock(1_000).now);
      const renderer = fakeResponse();
      renderer.res.setHeader("Content-Type", "text/html");
      expect(await cache.answer(renderer.res, request(cache, "n1"), 2)).toBe(false);
      const waiter = fakeResponse();
      const waiting = cache.answer(waiter.res, request(cache, "n2"), 2);
      waiter.leave();
      // Released by its own leaving, not by the render: there is nobody to answer and nothing to render.
      expect(await soon(waiting)).toBe(true);
      expect(waiter.body()).toBe("");
      // The renderer's visitor leaves too, before the page is finished: nothing is kept, and nobody is left rendering.
      renderer.leave();
      await turn();
      const gone = fakeResponse();
      gone.leave();
      expect(await cache.answer(gone.res, request(cache, "n3"), 2)).toBe(true);
      const next = fakeResponse();
      next.res.setHeader("Content-Type", "text/html");
      expect(await soon(cache.answer(next.res, request(cache, "n4"), 2))).toBe(false);
      next.res.end('<p nonce="n4">catalog</p>');
      const after = fakeResponse();
      expect(await soon(cache.answer(after.res, request(cache, "n5"), 2))).toBe(true);
      expect(after.body()).toBe('<p nonce="n5">catalog</p>');
    });

    it("releases waiters to render for themselves when the render's visitor leaves before the page is finished", async () => {
      const cache = createSharedPageCache(handClock(1_000).now);
      const renderer = fakeResponse();
      renderer.res.setHeader("Content-Type", "text/html");
      await cache.answer(renderer.res, request(cache, "n1"), 2);
      renderer.res.write("<p>half a page");
      const waiter = fakeResponse();
      const waiting = cache.answer(waiter.res, request(cache, "n2"), 2);
      expect(await soon(waiting)).toBe("still waiting");
      renderer.leave();
      expect(await soon(waiting)).toBe(false);
      // The waiter's own render is the one kept now.
      waiter.res.setHeader("Content-Type", "text/html");
      waiter.res.end('<p nonce="n2">whole</p>');
      const after = fakeResponse();
      expect(await soon(cache.answer(after.res, request(cache, "n3"), 2))).toBe(true);
      expect(after.body()).toBe('<p nonce="n3">whole</p>');
    });

    it("releases waiters to render for themselves when the render fails, as an error page or a broken stream", async () => {
      const cache = createSharedPageCache(handClock(1_000).now);
      for (const fail of [
        (res: Response) => void ((res.statusCode = 500), res.end("Something went wrong")),
        (res: Response) => void res.destroy(new Error("render failed")),
      ]) {
        const renderer = fakeResponse();
        renderer.res.setHeader("Content-Type", "text/html");
        expect(await cache.answer(renderer.res, request(cache, "n1"), 2)).toBe(false);
        const waiter = fakeResponse();
        const waiting = cache.answer(waiter.res, request(cache, "n2"), 2);
        expect(await soon(waiting)).toBe("still waiting");
        fail(renderer.res);
        expect(await soon(waiting)).toBe(false);
        // The released waiter renders for itself (and fails too, so the next round starts with nothing kept).
        waiter.res.statusCode = 500;
        waiter.res.end();
        await turn();
      }
    });

    it("releases waiters when a render runs longer than its copy would last, and lets newcomers render without waiting", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const clock = handClock(1_000);
      const cache = createSharedPageCache(clock.now);
      const slow = fakeResponse();
      slow.res.setHeader("Content-Type", "text/html");
      expect(await cache.answer(slow.res, request(cache, "n1"), 2)).toBe(false);
      const waiting = cache.answer(fakeResponse().res, request(cache, "n2"), 2);
      clock.time = 2_999;
      vi.advanceTimersByTime(1_999);
      expect(await soon(waiting)).toBe("still waiting");
      clock.time = 3_000;
      vi.advanceTimersByTime(1);
      expect(await soon(waiting)).toBe(false);
      // The released waiter renders for itself and is now the render others wait for; the slow one ending changes nothing.
      const third = fakeResponse();
      const thirdWaiting = cache.answer(third.res, request(cache, "n3"), 2);
      slow.res.end("<p>slow</p>");
      expect(await soon(thirdWaiting)).toBe("still waiting");
      expect(await soon(cache.answer(fakeResponse().res, request(cache, "n4"), 2))).toBe(true);
    });

    it("lets a newcomer render at once, without waiting, when the render in flight is already overdue", async () => {
      const clock = handClock(1_000);
      const cache = createSharedPageCache(clock.now);
      const slow = fakeResponse();
      slow.res.setHeader("Content-Type", "text/html");
      expect(await cache.answer(slow.res, request(cache, "n1"), 2)).toBe(false);
      clock.time = 3_000;
      const newcomer = fakeResponse();
      newcomer.res.setHeader("Content-Type", "text/html");
      expect(await soon(cache.answer(newcomer.res, request(cache, "n2"), 2))).toBe(false);
      // Now the newcomer is the render to wait for: the slow one finishing does not release those waiting on it.
      const waiting = cache.answer(fakeResponse().res, request(cache, "n3"), 2);
      expect(await soon(waiting)).toBe("still waiting");
      newcomer.res.end('<p nonce="n2">newcomer</p>');
      expect(await soon(waiting)).toBe(true);
      slow.res.end("<p>slow</p>");
    });

    it("times a copy from when its render finished, not from when its request arrived", async () => {
      const clock = handClock(1_000);
      const cache = createSharedPageCache(clock.now);
      const renderer = fakeResponse();
      renderer.res.setHeader("Content-Type", "text/html");
      await cache.answer(renderer.res, request(cache, "n1"), 2);
      // The render took 1.5 seconds (a busy database): its copy still lasts the full 2 seconds from here.
      clock.time = 2_500;
      renderer.res.end("<p>catalog</p>");
      clock.time = 4_499;
      expect(await cache.answer(fakeResponse().res, request(cache, "n2"), 2)).toBe(true);
      clock.time = 4_500;
      const late = fakeResponse();
      expect(await cache.answer(late.res, request(cache, "n3"), 2)).toBe(false);
      late.res.end();
    });
  });
});
