// Server rendering: streams the page, with the request's CSP nonce on every script React Router writes.
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import {
  isRouteErrorResponse,
  ServerRouter,
  type EntryContext,
  type HandleErrorFunction,
  type RouterContextProvider,
} from "react-router";
import { isDatabaseUnreachable } from "#db/connection-errors.ts";
import { unavailableResponse } from "./unavailable-page.server.ts";
import { DocumentProvider } from "./components/nonce.tsx";
import { appContext, requestContext } from "./request-context.ts";

// The HTTP server takes React Router's runtime pieces from the build, so they are the very copies the routes use
// (a second copy of react-router, loaded under other package conditions, would not recognise the context).
export { requestContext };
export { RouterContextProvider } from "react-router";
export { createRequestHandler } from "@react-router/express";

export const streamTimeout = 5_000;

// Loaders and actions that failed because the database is away, per request: the document then answers with the calm
// 503 page instead of the "something went wrong" boundary (React Router tells the renderer only "500").
const lostDatabase = new WeakSet<object>();

export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (isDatabaseUnreachable(error)) {
    lostDatabase.add(context);
    return;
  }
  // What React Router does when a build has no handleError of its own.
  if (!request.signal.aborted)
    console.error(isRouteErrorResponse(error) && "error" in error && error.error ? error.error : error);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  const { cspNonce: nonce, locale, timeZone } = appContext(loadContext);
  if (lostDatabase.has(loadContext)) return unavailableResponse(locale, responseHeaders);
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");
    const readyEvent = (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";
    const { pipe, abort } = renderToPipeableStream(
      <DocumentProvider value={{ nonce, locale, timeZone }}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </DocumentProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}
