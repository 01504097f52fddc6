// Public pages that say so (handle.sharedCacheSeconds) are served to visitors who are not signed in from a copy rendered
// a moment ago, per address, language and time zone. Rendering a page through React Router costs far more than the page's
// own work (its route table is matched and converted on every request), so a busy catalog would otherwise spend most of
// its time redrawing the same HTML. Signed-in people, other methods, data requests and anything that sets a cookie or
// is not a plain 200 page always get a fresh render. Each copy's script nonce is replaced by the response's own, so
// the Content-Security-Policy stays one nonce per response. A page may also name a stamp (handle.sharedCacheStamp): then
// a copy is shown only while the stamp read for this request equals the one read when the copy was made. Every answer
// says which it was in a Cache-Status header (RFC 9211): "hit" or "fwd=miss". While one request renders a page to keep,
// others asking for the same page wait for it rather than all render it at once (a burst on a cold page, such as a room
// scanning the same certificate's code, would otherwise cost one render each).
import type { Request, Response } from "express";
import type { RequestContext } from "#web/request-context.ts";

// Pages run to 10–40 kB, so this bounds the copies to a few megabytes per process.
const MAX_PAGES = 300;

const CACHE_NAME = "ips-hub";

type Copy = { body: string; nonce: string; stamp: string; contentType: string; expiresAt: number };

/** One request's part in the cache: the key its page is kept under, its script nonce, and its stamp ("" when none). */
export type CopyRequest = { key: string; nonce: string; stamp: string };

export type SharedPageCache = {
  /** The key a request's page is kept under, or null when this request must be rendered for itself. */
  keyFor(req: Request, context: RequestContext, seconds: number | undefined): string | null;
  /**
   * Answers from a fresh copy made under the same stamp (true), waiting first if another request is rendering it now.
   * Otherwise (false) the caller renders the page, and what it renders is kept for `seconds` if it is a plain 200 HTML
   * page that set no cookie. Looking for a render in flight and registering this one happen in the same tick, so two
   * requests can never both find nobody rendering.
   */
  answer(res: Response, request: CopyRequest, seconds: number, now?: number): Promise<boolean>;
};

export function createSharedPageCache(): SharedPageCache {
  const copies = new Map<string, Copy>();
  const rendering = new Map<string, { stamp: string; done: Promise<void> }>();

  function serve(res: Response, { key, nonce, stamp }: CopyRequest, now: number): boolean {
    const copy = copies.get(key);
    if (!copy || copy.expiresAt <= now || copy.stamp !== stamp) return false;
    const body = copy.body.replaceAll(copy.nonce, nonce);
    // Written out directly: res.send would hash the page for an ETag that could never match (the nonce differs).
    res.statusCode = 200;
    res.setHeader("Content-Type", copy.contentType);
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.setHeader("Cache-Status", `${CACHE_NAME}; hit`);
    res.end(body);
    return true;
  }

  function keep(res: Response, { key, nonce, stamp }: CopyRequest, seconds: number, now: number): void {
    if (!rendering.has(key)) {
      // Settles when the response is over, kept or not (an error page, a closed connection): waiters then try again.
      const done = new Promise<void>((resolve) => res.once("close", resolve)).then(() => {
        if (rendering.get(key)?.done === done) rendering.delete(key);
      });
      rendering.set(key, { stamp, done });
    }
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.setHeader("Cache-Status", `${CACHE_NAME}; fwd=miss`);
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      const contentType = String(res.getHeader("Content-Type") ?? "");
      if (res.statusCode === 200 && !res.getHeader("Set-Cookie") && contentType.startsWith("text/html")) {
        copies.delete(key);
        copies.set(key, { body: Buffer.concat(chunks).toString("utf8"), nonce, stamp, contentType, expiresAt: now + seconds * 1000 });
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

    async answer(res, request, seconds, now = Date.now()) {
      if (serve(res, request, now)) return true;
      const inFlight = rendering.get(request.key);
      if (inFlight && inFlight.stamp === request.stamp) {
        await inFlight.done;
        if (serve(res, request, Date.now())) return true;
      }
      keep(res, request, seconds, now);
      return false;
    },
  };
}
