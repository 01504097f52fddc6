// Server rendering: the whole page as one body, with the request's CSP nonce on every script React Router writes.
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
import { renderWholePage } from "./whole-page.server.ts";

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
  // The whole page is gathered and sent as one body. No page defers data (every loader's data is ready before
  // rendering starts), so streaming the shell first would not bring the first byte sooner; what it did cost was a
  // trip through a Node stream, a web stream and the socket for each of React's small chunks (bench:signed-in's
  // profile, issue 16).
  return renderWholePage(
    <DocumentProvider value={{ nonce, locale, timeZone }}>
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
    </DocumentProvider>,
    {
      status: responseStatusCode,
      headers: responseHeaders,
      nonce,
      timeoutMs: streamTimeout + 1000,
      onError: (error, late) => {
        if (late) console.error(error);
      },
    },
  );
}
