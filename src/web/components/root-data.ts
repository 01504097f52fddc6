// The root route's loader data for the page shell's components, kept apart from root.tsx so they need not import it.
import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "react-router";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import type { RootData } from "../root.tsx";

/** The shell a refused page carries (src/web/route-access.ts), since no loader ran for it. */
function shellCarriedBy(error: unknown): RootData | undefined {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return undefined;
  return (error.data as { shell?: RootData }).shell;
}

export function useRootData(): RootData | undefined {
  const loaded = useRouteLoaderData<RootData>("root");
  const error = useRouteError();
  return loaded ?? shellCarriedBy(error);
}

/** The hub's name as its admin set it (a page that failed before any loader ran falls back to the default). */
export function useHubName(): string {
  return useRootData()?.hub.name ?? DEFAULT_HUB_NAME;
}
