// How much a page request may send: refused with 413 by its Content-Length, or as soon as a streamed body passes the
// limit, so a huge body is never read to the end nor held whole in memory.
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import type { Request, Response } from "express";
import { MAX_EVIDENCE_BYTES } from "#core/evidence.ts";

/** A form of text fields: far more than any form's longest fields together (a course description is 20,000). */
export const MAX_FORM_BODY_BYTES = 1024 * 1024;
/** A form with a file (evidence of CE hours): the largest file allowed, plus room for the other fields and boundaries. */
export const MAX_UPLOAD_BODY_BYTES = MAX_EVIDENCE_BYTES + 256 * 1024;

const refusal = "This request is too large.";

/**
 * Watches the body of a page request and refuses it with 413 once it passes `limit`. Returns false when it already
 * answered (by Content-Length). The count rides along with React Router's own reading of the stream: the body is
 * paused first, so listening here neither starts the flow nor loses a chunk to a reader that attaches later.
 */
export function limitBody(req: Request, res: Response, limit: number): boolean {
  if (req.method === "GET" || req.method === "HEAD") return true;
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    refuse(req, res);
    return false;
  }
  let received = 0;
  let refused = false;
  req.pause();
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limit) return;
    refused = true;
    req.off("data", count);
    // Stop reading: nothing more is taken from the connection, which closes once the answer is out.
    req.pause();
    refuse(req, res);
  };
  req.on("data", count);
  res.once("finish", () => {
    if (!refused) drainUnread(req, count);
  });
  return true;
}

/**
 * A page can answer before it reads the body (an anonymous POST sent to sign in, a refusal by the access policy). Node
 * drains such a body itself only when nothing started reading it, but React Router's request body starts pulling at
 * once and pauses it when its own buffer is full: the rest then sat unread, the kept-alive connection read nothing more, and the
 * next request the client sent on it had no answer until the keep-alive timeout reset the connection (the fuzzing's
 * rare "no answer"). Reading the rest and dropping it frees the connection; `count` still refuses past the limit, and
 * after the answer a refusal closes the connection, so the draining stays bounded.
 */
function drainUnread(req: Request, count: (chunk: Buffer) => void) {
  if (req.complete || req.destroyed) return;
  req.removeAllListeners("data");
  req.on("data", count);
  req.resume();
}

function refuse(req: Request, res: Response) {
  req.log?.warn({ contentLength: req.headers["content-length"] }, "request body too large");
  if (res.headersSent) {
    req.destroy();
    return;
  }
  res.status(413).set("Connection", "close").type("text/plain").send(refusal);
  // The client may still be sending; closing the connection is what stops it (a half-read body can't be reused).
  res.once("finish", () => req.socket?.destroy());
}

/**
 * Requests Node's HTTP parser refuses before the app sees them — an address or headers over its 16 KB limit, a request
 * line that is not HTTP — still answer as every other refusal does, with problem+json, instead of Node's bare status
 * line. The app never ran, so nothing was half-done.
 */
export function answerParserRefusals(server: Server): void {
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    // A connection the client dropped, or one already answering, has no one left to tell.
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const status = tooLarge ? 431 : 400;
    const title = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
    const body = JSON.stringify({
      type: "about:blank",
      title,
      status,
      detail: tooLarge
        ? "The address or the headers are longer than the hub reads (16 KB in all)."
        : "The request could not be read as HTTP.",
    });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
