// Fills an empty hub with the demo: settings, people in every role, a partner organization, the catalog. Runs once.
import { eq } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { DEMO_ORGANIZATION, DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { seedCatalog } from "./seed-catalog.ts";
import { seedDemoRegistrations } from "./seed-registrations.ts";
import { ensureCertificationTypes } from "#features/hub/seed-defaults.ts";
// — evaluations —
import { seedDemoEvaluations } from "./seed-evaluations.ts";
// — journal —
import { seedDemoJournal } from "./seed-journal.ts";
// — partners —
import { seedDemoPartners } from "./seed-partners.ts";
import { seedDemoInhouseTraining } from "./seed-inhouse.ts";
// — circles —
import { seedDemoCircles } from "./seed-circles.ts";
// trainers (issue 10)
import { seedDemoTrainers } from "./seed-trainers.ts";

const demoActor = { userId: null, label: "demo seed" };

/** Returns false when the demo people are already there (a demo hub from before the catalog still gets its courses). */
export async function seedDemo(
  db: Database,
  options: {
    now?: Date;
    /** Seals the demo participant's journal; without it the demo has no journal. */ sessionSecret?: string;
  } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const [existing] = await db
    .select({ id: schema.user.id })
    .from(schema.user)
    .where(eq(schema.user.email, demoAccounts[0]!.email));
  if (existing) {
    await seedCatalog(db, now);
    return false;
  }

  await db
    .insert(schema.hubSettings)
    .values({ id: 1, name: "Cascadia IPS Hub", region: "Oregon" })
    .onConflictDoUpdate({
      target: schema.hubSettings.id,
      set: {
        name: "Cascadia IPS Hub",
        tagline: "Intentional Peer Support training for Oregon, learning together since 2014.",
        taglineEs: "Formación en Apoyo Intencional entre Pares para Oregón: aprendemos juntos desde 2014.",
        contactEmail: "hello@example.org",
        providerNumber: "THW-DEMO-0001",
        region: "Oregon",
      },
    });

  const [organization] = await db
    .insert(schema.organization)
    .values({ slug: DEMO_ORGANIZATION.slug, name: DEMO_ORGANIZATION.name, website: DEMO_ORGANIZATION.website })
    .onConflictDoUpdate({ target: schema.organization.slug, set: { name: DEMO_ORGANIZATION.name } })
    .returning({ id: schema.organization.id });
  await recordAudit(db, demoActor, {
    action: "organization.create",
    targetType: "organization",
    targetId: organization!.id,
    summary: { name: DEMO_ORGANIZATION.name },
  });

  for (const person of demoAccounts) {
    await createAccount(
      db,
      {
        email: person.email,
        name: person.name,
        password: DEMO_PASSWORD,
        locale: person.locale,
        pronouns: person.pronouns ?? null,
        legalName: person.legalName ?? null,
        roles: person.roles.map((role) => ({
          role,
          organizationId: role === "partner_admin" ? organization!.id : null,
        })),
      },
      demoActor,
    );
  }
  await ensureCertificationTypes(db);
  if (await seedCatalog(db, now)) {
    await seedDemoRegistrations(db, now);
    // trainers (issue 10)
    await seedDemoTrainers(db, now);
  }
  // — evaluations —
  await seedDemoEvaluations(db, now);
  // — journal —
  if (options.sessionSecret) await seedDemoJournal(db, { now, sessionSecret: options.sessionSecret });
  // — partners —
  await seedDemoPartners(db, now);
  // in-house trainings (issue 10, item 6)
  await seedDemoInhouseTraining(db, now);
  // — circles —
  await seedDemoCircles(db, now);
  return true;
}
