// The bare page's server rendering, sent the way the hub sends its pages (src/web/entry.server.tsx: the whole body
// gathered, then answered with its length), so a ratio against it compares the apps, not two ways of writing bytes.
// Its own file also keeps React Router from falling back to its default entry, which needs a package the hub does
// not install.
import { Writable } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { ServerRouter, type EntryContext } from "react-router";

export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  routerContext: EntryContext,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        const body = Buffer.concat(chunks);
        headers.set("Content-Type", "text/html; charset=utf-8");
        headers.set("Content-Length", String(body.byteLength));
        resolve(new Response(body, { headers, status }));
        done();
      },
    });
    const { pipe } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
      onAllReady: () => pipe(sink),
      onShellError: reject,
    });
  });
}
