// The bare page leaves the server the way the hub's pages do (one whole body with its length), so a ratio against it
// compares the apps, not two ways of writing bytes. Its own entry also keeps React Router from falling back to its
// default one, which needs a package the hub does not install.
import { ServerRouter, type EntryContext } from "react-router";
import { renderWholePage } from "../../../src/web/whole-page.server.ts";

export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  routerContext: EntryContext,
): Promise<Response> {
  return renderWholePage(<ServerRouter context={routerContext} url={request.url} />, { status, headers });
}
