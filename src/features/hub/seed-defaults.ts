// A new hub's first settings and its Oregon crisis and warmline resources; runs once, on an empty database.
import { sql } from "drizzle-orm";
import { schema, type Database, type Executor } from "#db/client.ts";
import { seededCertificationTypes } from "#core/certification.ts";
import { ensureSeedPrompts } from "#features/prompts/seed-prompts.ts";

export const oregonSupportResources = [
  {
    name: "988 Suicide & Crisis Lifeline",
    descriptionEn:
      "Call or text 988 any time, day or night, for free, confidential support in a crisis or when things feel hard.",
    descriptionEs:
      "Llama o envía un mensaje de texto al 988 a cualquier hora, de día o de noche, para recibir apoyo gratuito y confidencial en una crisis o cuando las cosas se sienten difíciles.",
    phone: "988",
    sms: "988",
    url: "https://988lifeline.org/",
    hours: "24/7",
    peerRun: false,
  },
  {
    name: "David Romprey Oregon Warmline",
    descriptionEn: "A peer-run warmline: talk with someone who has lived experience, before things become a crisis.",
    descriptionEs:
      "Una línea de apoyo dirigida por pares: habla con alguien con experiencia vivida antes de que las cosas se vuelvan una crisis.",
    phone: "1-800-698-2392",
    sms: null,
    url: "https://www.communitycounselingsolutions.org/warmline/",
    hours: "24/7",
    peerRun: true,
  },
  {
    name: "Trans Lifeline",
    descriptionEn: "Peer support run by and for trans people.",
    descriptionEs: "Apoyo entre pares, dirigido por y para personas trans.",
    phone: "877-565-8860",
    sms: null,
    url: "https://translifeline.org/",
    hours: null,
    peerRun: true,
  },
  {
    name: "Trevor Lifeline",
    descriptionEn: "Support for LGBTQ+ young people, any time.",
    descriptionEs: "Apoyo para jóvenes LGBTQ+, a cualquier hora.",
    phone: "1-866-488-7386",
    sms: null,
    url: "https://www.thetrevorproject.org/",
    hours: "24/7",
    peerRun: false,
  },
  {
    name: "Multnomah County Crisis Line",
    descriptionEn:
      "County mental health crisis line for Multnomah County (Portland area). Other Oregon counties have their own line: ask us or call 988.",
    descriptionEs:
      "Línea de crisis de salud mental del condado de Multnomah (área de Portland). Otros condados de Oregón tienen su propia línea: pregúntanos o llama al 988.",
    phone: "503-988-4888",
    sms: null,
    url: "https://www.multnomah.gov/",
    hours: "24/7",
    peerRun: false,
  },
];

/**
 * The certification types this version knows (Oregon THW, MHACBO, Pennsylvania): added when missing, never
 * overwritten, so a hub's own edits stay and a newer version's new types arrive.
 */
export async function ensureCertificationTypes(db: Executor): Promise<void> {
  await db
    .insert(schema.certificationType)
    .values(
      seededCertificationTypes.map((type) => ({
        key: type.key,
        name: type.name,
        authority: type.authority,
        rules: type.rules,
      })),
    )
    .onConflictDoNothing();
}

/** Returns true when it seeded (the hub had no settings yet). */
export async function seedHubDefaults(
  db: Database,
  input: { name: string; region: string; today: string },
): Promise<boolean> {
  await ensureCertificationTypes(db);
  // — prompts — the reflection prompt library every hub starts with.
  await ensureSeedPrompts(db);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.hubSettings)
      .values({ id: 1, name: input.name, region: input.region, tagline: null })
      .onConflictDoNothing()
      .returning({ id: schema.hubSettings.id });
    if (inserted.length === 0) return false;
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.supportResource);
    if (count === 0) {
      await tx.insert(schema.supportResource).values(
        oregonSupportResources.map((resource, index) => ({
          ...resource,
          sortOrder: (index + 1) * 10,
          lastVerifiedOn: input.today,
        })),
      );
    }
    return true;
  });
}
