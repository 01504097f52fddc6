// The hub's name, look and contact details (one row), with safe defaults before an admin sets them.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export type HubSettings = typeof schema.hubSettings.$inferSelect;

const defaults: HubSettings = {
  id: 1,
  name: "IPS Hub",
  tagline: null,
  logoUrl: null,
  accentColor: "#2f6f5e",
  contactEmail: null,
  providerNumber: null,
  region: null,
  updatedAt: new Date(0),
};

export async function readHubSettings(db: Executor): Promise<HubSettings> {
  const [row] = await db.select().from(schema.hubSettings).where(eq(schema.hubSettings.id, 1));
  return row ?? defaults;
}
