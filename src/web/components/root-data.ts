// The root route's loader data for the page shell's components, kept apart from root.tsx so they need not import it.
import { useRouteLoaderData } from "react-router";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import type { RootData } from "../root.tsx";

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}

/** The hub's name as its admin set it (error pages have no loader data, so they fall back to the default). */
export function useHubName(): string {
  return useRootData()?.hub.name ?? DEFAULT_HUB_NAME;
}
