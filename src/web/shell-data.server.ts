// What the page shell shows around every page: the hub's name and look, and who is signed in with their sections.
// The root loader returns it; the 403 page carries it too, because access is refused before any loader runs.
import type { RouterContextProvider } from "react-router";
import { navigationSections, offersDeveloperTools } from "#core/access.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { appContext } from "./request-context.ts";

export async function loadShellData(context: Readonly<RouterContextProvider>) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const hub = await readHubSettingsForPages(services.db);
  return {
    locale,
    timeZone,
    demo: services.config.demo,
    hub: {
      name: hub.name,
      tagline: { en: hub.tagline ?? "", es: hub.taglineEs ?? "" },
      logoUrl: hub.logoUrl,
      accentColor: hub.accentColor,
    },
    viewer: viewer
      ? { name: viewer.name, sections: navigationSections(viewer), developer: offersDeveloperTools(viewer) }
      : null,
  };
}

export type ShellData = Awaited<ReturnType<typeof loadShellData>>;
