// The demo hub's people: seeded on first run in demo mode and listed on the sign-in page only in demo mode.
import type { Role } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";

export const DEMO_PASSWORD = "peer-support-demo";

export const DEMO_ORGANIZATION = {
  slug: "willamette-peer-network",
  name: "Willamette Peer Network",
  website: "https://example.org/willamette",
};

export type DemoAccount = {
  email: string;
  name: string;
  roles: Role[];
  locale: Locale;
  pronouns?: string;
  legalName?: string;
};

export const demoAccounts: DemoAccount[] = [
  {
    email: "admin@example.org",
    name: "Alex Rivera",
    roles: ["admin"],
    locale: "en",
    pronouns: "they/them",
    legalName: "Alexandra Rivera",
  },
  { email: "maya@example.org", name: "Maya Chen", roles: ["trainer"], locale: "en", pronouns: "she/her" },
  { email: "luis@example.org", name: "Luis Ortega", roles: ["trainer"], locale: "es", pronouns: "él" },
  { email: "jordan@example.org", name: "Jordan Lee", roles: ["partner_admin"], locale: "en" },
  { email: "sam@example.org", name: "Sam Taylor", roles: ["participant"], locale: "en", legalName: "Samuel Taylor" },
  { email: "rosa@example.org", name: "Rosa Martínez", roles: ["participant"], locale: "es", pronouns: "ella" },
  { email: "kai@example.org", name: "Kai Johnson", roles: ["participant"], locale: "en", pronouns: "he/they" },
];

/** What the sign-in page shows in demo mode. */
export const demoSignIns = demoAccounts.map(({ email, name, roles }) => ({
  email,
  name,
  roles,
  password: DEMO_PASSWORD,
}));
