// Public pages that say so (handle.sharedCacheSeconds) are served to visitors who are not signed in from a copy rendered
// a moment ago, per address, language and time zone. Rendering a page through React Router costs far more than the page's
// own work (its route table is matched and converted on every request), so a busy catalog would otherwise spend most of
// its time redrawing the same HTML. Signed-in people, other methods, data requests and anything that sets a cookie or
// is not a plain 200 page always get a fresh render. Each copy's script nonce is replaced by the response's own, so
// the Content-Security-Policy stays one nonce per response.
import type { Request, Response } from "express";
import type { RequestContext } from "#web/request-context.ts";

const MAX_PAGES = 100;

type Copy = { body: string; nonce: string; contentType: string; expiresAt: number };

export type SharedPageCache = {
  /** The key a request's page is kept under, or null when this request must be rendered for itself. */
  keyFor(req: Request, context: RequestContext, seconds: number | undefined): string | null;
  /** Answers from a fresh copy; false when there is none. */
  serve(res: Response, key: string, nonce: string, now?: number): boolean;
  /** Keeps what the page renders now, if it turns out to be a plain 200 HTML page that set no cookie. */
  keep(res: Response, key: string, nonce: string, seconds: number, now?: number): void;
};

export function createSharedPageCache(): SharedPageCache {
  const copies = new Map<string, Copy>();
  return {
    keyFor(req, context, seconds) {
      if (!seconds || req.method !== "GET" || context.viewer || context.access !== "allow") return null;
      // Any session cookie, even one that turns out stale, means a render of its own (it may be renewed or cleared).
      if (req.path.endsWith(".data") || (req.headers.cookie ?? "").includes("ips.session")) return null;
      return `${context.locale}\u0000${context.timeZone}\u0000${req.originalUrl}`;
    },

    serve(res, key, nonce, now = Date.now()) {
      const copy = copies.get(key);
      if (!copy || copy.expiresAt <= now) return false;
      const body = copy.body.replaceAll(copy.nonce, nonce);
      // Written out directly: res.send would hash the page for an ETag that could never match (the nonce differs).
      res.statusCode = 200;
      res.setHeader("Content-Type", copy.contentType);
      res.setHeader("Content-Length", Buffer.byteLength(body));
      res.end(body);
      return true;
    },

    keep(res, key, nonce, seconds, now = Date.now()) {
      const chunks: Buffer[] = [];
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
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
          copies.set(key, { body: Buffer.concat(chunks).toString("utf8"), nonce, contentType, expiresAt: now + seconds * 1000 });
          while (copies.size > MAX_PAGES) copies.delete(copies.keys().next().value!);
        }
        return end(chunk, ...rest);
      }) as Response["end"];
    },
  };
}
