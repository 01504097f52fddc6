// The demo hub's partners: two organizations with directory entries, staff links (some accepted, one invitation waiting),
// and a sponsored block of 5 seats on an upcoming training with 2 used — written through the seat ledger's use cases.
import { and, eq, gt, inArray } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { freeSeats } from "#core/seats.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { createSponsoredBlock, takeSponsoredSeat } from "#features/partners/sponsored-blocks.ts";
import { seatPlanOf, seatsHeld } from "#features/registration/seat-ledger.ts";
import { DEMO_ORGANIZATION } from "./demo-accounts.ts";

const demoActor = { userId: null, label: "demo seed" };

export const DEMO_SECOND_ORGANIZATION = {
  slug: "coast-recovery-collective",
  name: "Coast Recovery Collective",
  website: "https://example.org/coast",
};

export async function seedDemoPartners(db: Database, now: Date): Promise<void> {
  const [second] = await db
    .insert(schema.organization)
    .values(DEMO_SECOND_ORGANIZATION)
    .onConflictDoNothing({ target: schema.organization.slug })
    .returning({ id: schema.organization.id });
  if (!second) return;
  await recordAudit(db, demoActor, {
    action: "organization.create",
    targetType: "organization",
    targetId: second.id,
    summary: { name: DEMO_SECOND_ORGANIZATION.name },
  });
  const [first] = await db
    .select({ id: schema.organization.id })
    .from(schema.organization)
    .where(eq(schema.organization.slug, DEMO_ORGANIZATION.slug));
  if (!first) return;

  await db.insert(schema.partnerDirectoryEntry).values([
    {
      organizationId: first.id,
      listed: true,
      shownFields: ["website", "counties", "description", "staffTrained", "organizationalTrainers", "coReflection"],
      descriptionEn:
        "A peer-run network in the Willamette Valley. Every new peer supporter takes the Core Training in their first year, and teams meet monthly for co-reflection.",
      descriptionEs:
        "Una red dirigida por pares en el valle de Willamette. Cada persona nueva toma la Capacitación básica en su primer año, y los equipos se reúnen cada mes para la co-reflexión.",
      counties: ["Marion", "Polk", "Yamhill", "Linn"],
      coReflectionInPlace: true,
    },
    {
      organizationId: second.id,
      listed: true,
      shownFields: ["counties", "description", "organizationalTrainers"],
      descriptionEn: "Recovery mentors on the Oregon coast, bringing IPS into their drop-in centers.",
      descriptionEs: "Mentores de recuperación en la costa de Oregón, que llevan IPS a sus centros de día.",
      counties: ["Lincoln", "Tillamook", "Clatsop"],
      coReflectionInPlace: false,
    },
  ]);

  const people = await db
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(
      inArray(schema.user.email, [
        "sam@example.org",
        "rosa@example.org",
        "kai@example.org",
        "luis@example.org",
        "noor.patel@example.org",
        "lennon.price@example.org",
        "ari.delgado@example.org",
      ]),
    );
  const id = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const accepted = new Date(now.getTime() - 30 * 86_400_000);
  const links = [
    // Sam shares everything, Rosa only her trainings, Noor and Lennon their trainings (they use sponsored seats).
    { organizationId: first.id, email: "sam@example.org", share: [true, true] },
    { organizationId: first.id, email: "rosa@example.org", share: [true, false] },
    { organizationId: first.id, email: "noor.patel@example.org", share: [true, false] },
    { organizationId: first.id, email: "lennon.price@example.org", share: [true, false] },
    // Luis, a trainer, is the coast partner's organizational trainer; he shares nothing else.
    { organizationId: second.id, email: "luis@example.org", share: [false, false] },
  ];
  const rows = await db
    .insert(schema.staffLink)
    .values([
      ...links.flatMap((link) =>
        id(link.email)
          ? [
              {
                organizationId: link.organizationId,
                email: link.email,
                userId: id(link.email),
                status: "active" as const,
                shareCompletions: link.share[0]!,
                shareCompliance: link.share[1]!,
                createdAt: accepted,
                respondedAt: accepted,
              },
            ]
          : [],
      ),
      // Kai has an invitation from Willamette he has not answered: the partner sees only the address it typed.
      { organizationId: first.id, email: "kai@example.org", status: "invited" as const, createdAt: now },
    ])
    .returning({
      id: schema.staffLink.id,
      status: schema.staffLink.status,
      organizationId: schema.staffLink.organizationId,
    });
  for (const row of rows)
    await recordAudit(db, demoActor, {
      action: `partner.staff.${row.status}`,
      targetType: "staff_link",
      targetId: row.id,
      summary: { organizationId: row.organizationId },
    });

  // A block of 5 seats on the first upcoming training with room for it; Noor and Lennon hold two of them.
  const [admin] = await db
    .select({ id: schema.user.id })
    .from(schema.user)
    .where(eq(schema.user.email, "admin@example.org"));
  if (!admin) return;
  const viewer: Viewer = {
    userId: admin.id,
    email: "admin@example.org",
    name: "Demo seed",
    emailVerified: true,
    roles: [{ role: "admin", organizationId: null }],
  };
  const upcoming = await db
    .select()
    .from(schema.trainingSession)
    .where(
      and(
        eq(schema.trainingSession.status, "published"),
        gt(schema.trainingSession.startsAt, new Date(now.getTime() + 14 * 86_400_000)),
      ),
    )
    .orderBy(schema.trainingSession.startsAt);
  const services = { db, now: () => now };
  for (const session of upcoming) {
    if (freeSeats(seatPlanOf(session), await seatsHeld(db, session.id)).general < 5) continue;
    const block = await createSponsoredBlock(
      services,
      {
        viewer,
        organizationId: first.id,
        sessionId: session.id,
        seats: 5,
        releaseAt: new Date(session.startsAt.getTime() - 7 * 86_400_000),
        amountCents: 5 * 45000,
        invoiceReference: "WPN-2027-014",
        paid: true,
      },
      demoActor,
    );
    for (const email of ["noor.patel@example.org", "lennon.price@example.org"]) {
      const personId = id(email);
      if (personId) await takeSponsoredSeat(services, { viewer, personId, blockId: block.id }, demoActor);
    }
    return;
  }
}
