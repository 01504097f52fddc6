// What the server hands every loader, action and middleware: services, the viewer, language and request facts.
import { createContext, type RouterContextProvider } from "react-router";
import type { Services } from "#platform/services.ts";
import type { AccessDecision } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import type { ViewerProfile } from "#features/access/load-viewer.ts";

export type RequestContext = {
  services: Services;
  viewer: ViewerProfile | null;
  locale: Locale;
  timeZone: string;
  requestId: string;
  clientIp: string;
  cspNonce: string;
  /** May this viewer reach the page: src/web/route-access.ts's answer, enforced by its root middleware. */
  access: AccessDecision | "no-match";
};

export const requestContext = createContext<RequestContext>();

export function appContext(context: Readonly<RouterContextProvider>): RequestContext {
  return context.get(requestContext);
}
