// The hub's name, look and contact details (one row), with safe defaults before an admin sets them.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { DEFAULT_ACCENT } from "#core/theme-colors.ts";

export type HubSettings = typeof schema.hubSettings.$inferSelect;

const defaults: HubSettings = {
  id: 1,
  name: DEFAULT_HUB_NAME,
  tagline: null,
  taglineEs: null,
  logoUrl: null,
  accentColor: DEFAULT_ACCENT,
  contactEmail: null,
  providerNumber: null,
  region: null,
  membersMayStartCircles: false,
  retention: {},
  updatedAt: new Date(0),
};

export async function readHubSettings(db: Executor): Promise<HubSettings> {
  const [row] = await db.select().from(schema.hubSettings).where(eq(schema.hubSettings.id, 1));
  return row ?? defaults;
}

/**
 * Every page shows the hub's name and colour, so pages read settings through this short-lived copy instead of
 * querying on every request. Another process sees a change within SETTINGS_TTL_MS; this one sees it at once.
 */
const SETTINGS_TTL_MS = 10_000;
// The read itself is shared, not only its answer: when the copy runs out under load, every request in flight would
// otherwise read the row at once.
let cached: { settings: Promise<HubSettings>; fetchedAt: number } | null = null;

export async function readHubSettingsForPages(db: Executor, now = Date.now()): Promise<HubSettings> {
  if (cached && now - cached.fetchedAt < SETTINGS_TTL_MS) return cached.settings;
  const entry = { settings: readHubSettings(db), fetchedAt: now };
  cached = entry;
  try {
    return await entry.settings;
  } catch (error) {
    // A failed read is not kept: the next request tries again.
    if (cached === entry) cached = null;
    throw error;
  }
}

export function forgetCachedHubSettings(): void {
  cached = null;
}
