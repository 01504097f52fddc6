// Public pages that say so (handle.sharedCacheSeconds) are served to visitors who are not signed in from a copy rendered
// a moment ago, per address, language and time zone. Rendering a page through React Router costs far more than the page's
// own work (its route table is matched and converted on every request), so a busy catalog would otherwise spend most of
// its time redrawing the same HTML. Signed-in people, other methods, data requests and anything that sets a cookie or
// is not a plain 200 page always get a fresh render. Each copy's script nonce is replaced by the response's own, so
// the Content-Security-Policy stays one nonce per response. A page may also name a stamp (handle.sharedCacheStamp): then
// a copy is shown only while the stamp read for this request equals the one read when the copy was made. Every answer
// says which it was in a Cache-Status header (RFC 9211): "hit" or "fwd=miss". While one request renders a page to keep,
// others asking for the same page wait for it rather than all render it at once (a burst on a cold page, such as a room
// scanning the same certificate's code, would otherwise cost one render each) — but never for longer than the copy would
// last, and never on behalf of a visitor who has gone: a render that fails, is cut off or runs long releases its waiters
// to render for themselves (docs/decisions/0014).
import { finished } from "node:stream";
import type { Request, Response } from "express";
import type { RequestContext } from "#web/request-context.ts";

// Pages run to 10–40 kB, so this bounds the copies to a few megabytes per process.
const MAX_PAGES = 300;

// A render takes milliseconds; one still running after this long is stuck or starved, and waiting on it helps nobody.
const MAX_WAIT_MS = 5_000;

const CACHE_NAME = "ips-hub";

type Copy = { body: string; nonce: string; stamp: string; contentType: string; expiresAt: number };

/** A render whose result will be kept: those asking for the same page under the same stamp wait for it until `waitUntil`. */
type Render = { stamp: string; done: Promise<void>; waitUntil: number };

/** One request's part in the cache: the key its page is kept under, its script nonce, and its stamp ("" when none). */
export type CopyRequest = { key: string; nonce: string; stamp: string };

export type SharedPageCache = {
  /** The key a request's page is kept under, or null when this request must be rendered for itself. */
  keyFor(req: Request, context: RequestContext, seconds: number | undefined): string | null;
  /**
   * True when nothing more is to be done for this request: it was answered from a fresh copy made under the same stamp
   * (waiting first, within bounds, if another request is rendering it now), or its visitor has gone. Otherwise (false)
   * the caller renders the page, and what it renders is kept for `seconds` from the moment it is finished, if it is a
   * plain 200 HTML page that set no cookie. Looking for a render in flight and registering this one happen in the same
   * tick, so two requests can never both find nobody rendering.
   */
  answer(res: Response, request: CopyRequest, seconds: number): Promise<boolean>;
};

/** The response is finished or its connection closed: nothing can be written to it, and no "close" is still to come. */
function isOver(res: Response): boolean {
  return res.writableEnded || res.destroyed || res.closed;
}

/** How long others may wait for a render of a page kept `seconds`: no longer than its copy would be shown. */
const waitLimit = (seconds: number) => Math.min(seconds * 1000, MAX_WAIT_MS);

/** `clock` reads the time in milliseconds; tests hand in their own. */
export function createSharedPageCache(clock: () => number = Date.now): SharedPageCache {
  const copies = new Map<string, Copy>();
  const rendering = new Map<string, Render>();

  function serve(res: Response, { key, nonce, stamp }: CopyRequest): boolean {
    const copy = copies.get(key);
    if (!copy || copy.expiresAt <= clock() || copy.stamp !== stamp) return false;
    const body = copy.body.replaceAll(copy.nonce, nonce);
    // Written out directly: res.send would hash the page for an ETag that could never match (the nonce differs).
    res.statusCode = 200;
    res.setHeader("Content-Type", copy.contentType);
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.setHeader("Cache-Status", `${CACHE_NAME}; hit`);
    res.end(body);
    return true;
  }

  /** Waits until the render settles, this visitor's own response is over, or the render's time to be waited for runs out. */
  function waitFor(render: Render, res: Response): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(release, Math.max(0, render.waitUntil - clock()));
      const stopWatching = finished(res, release);
      void render.done.then(release);
      function release() {
        clearTimeout(timer);
        stopWatching();
        resolve();
      }
    });
  }

  /** Makes this request the render others wait for, unless another one (not yet overdue) already is. */
  function register(res: Response, { key, stamp }: CopyRequest, seconds: number): void {
    const current = rendering.get(key);
    if (current && current.waitUntil > clock()) return;
    let settle!: () => void;
    const render: Render = {
      stamp,
      done: new Promise<void>((resolve) => (settle = resolve)),
      waitUntil: clock() + waitLimit(seconds),
    };
    rendering.set(key, render);
    // However the response ends — finished, closed by the visitor, or failed — the render is over and its waiters go on.
    // `finished` also calls back for a response that is already over, so this can never wait on a "close" long gone.
    const stopWatching = finished(res, () => {
      stopWatching();
      if (rendering.get(key) === render) rendering.delete(key);
      settle();
    });
  }

  function keep(res: Response, request: CopyRequest, seconds: number): void {
    const { key, nonce, stamp } = request;
    register(res, request, seconds);
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.setHeader("Cache-Status", `${CACHE_NAME}; fwd=miss`);
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === "function") return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : typeof chunk === "string"
            ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
            : Buffer.from(chunk as Uint8Array),
      );
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      const contentType = String(res.getHeader("Content-Type") ?? "");
      // A page cut off by its visitor is incomplete; only a whole page is kept.
      if (
        res.statusCode === 200 &&
        !res.getHeader("Set-Cookie") &&
        contentType.startsWith("text/html") &&
        !res.destroyed
      ) {
        copies.delete(key);
        // Timed from now, when the page is made: a render that took a while still gets its full lifetime, never one
        // already partly spent while it waited or rendered.
        copies.set(key, {
          body: Buffer.concat(chunks).toString("utf8"),
          nonce,
          stamp,
          contentType,
          expiresAt: clock() + seconds * 1000,
        });
        while (copies.size > MAX_PAGES) copies.delete(copies.keys().next().value!);
      }
      return end(chunk, ...rest);
    }) as Response["end"];
  }

  return {
    keyFor(req, context, seconds) {
      if (!seconds || req.method !== "GET" || context.viewer || context.access !== "allow") return null;
      // Any session cookie, even one that turns out stale, means a render of its own (it may be renewed or cleared).
      if (req.path.endsWith(".data") || (req.headers.cookie ?? "").includes("ips.session")) return null;
      return `${context.locale}\u0000${context.timeZone}\u0000${req.originalUrl}`;
    },

    async answer(res, request, seconds) {
      if (isOver(res)) return true;
      if (serve(res, request)) return true;
      const inFlight = rendering.get(request.key);
      if (inFlight && inFlight.stamp === request.stamp && inFlight.waitUntil > clock()) {
        await waitFor(inFlight, res);
        // The visitor left while waiting: there is no one to answer, and nothing to render for them.
        if (isOver(res)) return true;
        if (serve(res, request)) return true;
      }
      keep(res, request, seconds);
      return false;
    },
  };
}
