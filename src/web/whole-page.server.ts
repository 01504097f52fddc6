// A React element rendered to one whole HTML body, answered with its length: how every page leaves the server
// (decision 0046). The benchmarks' bare page uses it too, so a ratio against that page compares apps, not transports.
import { Writable } from "node:stream";
import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";

export function renderWholePage(
  element: ReactNode,
  options: {
    status: number;
    headers: Headers;
    nonce?: string;
    /** Rendering still unfinished after this is abandoned (React then answers what it has, with its error). */
    timeoutMs?: number;
    /** An error while rendering: the answer becomes a 500; `late` when it came after the page had begun. */
    onError?: (error: unknown, late: boolean) => void;
  },
): Promise<Response> {
  let status = options.status;
  return new Promise((resolve, reject) => {
    let ready = false;
    // Cleared as soon as the page is whole: a pending timer would keep the finished render (its element tree and every
    // chunk) alive for the whole timeout, which under load filled the old generation with pages already sent (issue 16).
    let timer: NodeJS.Timeout | undefined;
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        clearTimeout(timer);
        const body = Buffer.concat(chunks);
        options.headers.set("Content-Type", "text/html; charset=utf-8");
        options.headers.set("Content-Length", String(body.byteLength));
        resolve(new Response(body, { headers: options.headers, status }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(element, {
      ...(options.nonce ? { nonce: options.nonce } : {}),
      onAllReady() {
        ready = true;
        pipe(sink);
      },
      onShellError(error: unknown) {
        clearTimeout(timer);
        reject(error);
      },
      onError(error: unknown) {
        status = 500;
        options.onError?.(error, ready);
      },
    });
    if (options.timeoutMs) timer = setTimeout(abort, options.timeoutMs);
  });
}
