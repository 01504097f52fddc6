// The public partner directory and each partner's own entry: what they publish, and the adoption figures the hub counts
// (staff trained and organizational trainers among staff linked with consent; co-reflection as the partner states it).
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, schema, type Executor } from "#db/client.ts";
import { mayActForOrganization, type Viewer } from "#core/access.ts";
import {
  directoryFields,
  MAX_COUNTIES,
  MAX_DIRECTORY_DESCRIPTION,
  publicDirectoryEntry,
  type DirectoryField,
  type PublicDirectoryEntry,
} from "#core/partners.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";

const entryInput = z.object({
  organizationId: z.string().min(1),
  listed: z.boolean(),
  shownFields: z.array(z.enum(directoryFields)).default([]),
  descriptionEn: z.string().trim().max(MAX_DIRECTORY_DESCRIPTION, problem("partners.entry.errors.tooLong")),
  descriptionEs: z.string().trim().max(MAX_DIRECTORY_DESCRIPTION, problem("partners.entry.errors.tooLong")),
  counties: z
    .string()
    .max(2000, problem("partners.entry.errors.tooLong"))
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((county) => county.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(60, problem("partners.entry.errors.tooLong")))
        .max(MAX_COUNTIES, problem("partners.entry.errors.tooManyCounties")),
    ),
  coReflectionInPlace: z.boolean(),
});

export type DirectoryEntryInput = z.input<typeof entryInput>;

export type DirectoryEntry = {
  organizationId: string;
  name: string;
  listed: boolean;
  shownFields: DirectoryField[];
  descriptionEn: string;
  descriptionEs: string;
  counties: string[];
  coReflectionInPlace: boolean;
};

/** A partner admin (or hub admin) edits their organization's entry. */
export async function updateDirectoryEntry(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null } & DirectoryEntryInput,
  actor: AuditActor,
): Promise<void> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!mayActForOrganization(request.viewer, request.organizationId))
    throw new AppError("forbidden", { key: "partners.errors.notYourOrganization" });
  const input = parseInput(entryInput, request);
  const values = {
    listed: input.listed,
    shownFields: input.shownFields,
    descriptionEn: input.descriptionEn,
    descriptionEs: input.descriptionEs,
    counties: input.counties,
    coReflectionInPlace: input.coReflectionInPlace,
    updatedBy: actor.userId,
    updatedAt: services.now(),
  };
  await services.db.transaction(async (tx) => {
    await tx
      .insert(schema.partnerDirectoryEntry)
      .values({ organizationId: input.organizationId, ...values })
      .onConflictDoUpdate({ target: schema.partnerDirectoryEntry.organizationId, set: values });
    await recordAudit(tx, actor, {
      action: "partner.directory.updated",
      targetType: "organization",
      targetId: input.organizationId,
      summary: { listed: input.listed, shownFields: input.shownFields },
    });
  });
}

/** The entries of the organizations the viewer manages, for the edit page (defaults for those never saved). */
export async function readDirectoryEntries(
  db: Executor,
  organizationIds: readonly string[],
): Promise<DirectoryEntry[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select({
      organizationId: schema.organization.id,
      name: schema.organization.name,
      entry: schema.partnerDirectoryEntry,
    })
    .from(schema.organization)
    .leftJoin(schema.partnerDirectoryEntry, eq(schema.partnerDirectoryEntry.organizationId, schema.organization.id))
    .where(sql`${schema.organization.id} IN ${[...organizationIds]}`)
    .orderBy(schema.organization.name);
  return rows.map((row) => ({
    organizationId: row.organizationId,
    name: row.name,
    listed: row.entry?.listed ?? false,
    shownFields: row.entry?.shownFields ?? [],
    descriptionEn: row.entry?.descriptionEn ?? "",
    descriptionEs: row.entry?.descriptionEs ?? "",
    counties: row.entry?.counties ?? [],
    coReflectionInPlace: row.entry?.coReflectionInPlace ?? false,
  }));
}

/** The public directory: listed partners by name, each with only what it publishes, figures counted in one query. */
export async function listPartnerDirectory(db: Executor): Promise<PublicDirectoryEntry[]> {
  const rows = await queryRows<{
    name: string;
    slug: string;
    website: string | null;
    listed: boolean;
    shown_fields: DirectoryField[];
    description_en: string;
    description_es: string;
    counties: string[];
    co_reflection_in_place: boolean;
    staff_trained: number;
    organizational_trainers: number;
  }>(
    db,
    sql`SELECT o.name, o.slug, o.website, e.listed, e.shown_fields, e.description_en, e.description_es, e.counties,
          e.co_reflection_in_place,
          (SELECT count(DISTINCT l.user_id)::int FROM staff_link l
             WHERE l.organization_id = o.id AND l.status = 'active' AND l.share_completions
               AND EXISTS (SELECT 1 FROM registration r JOIN completion c ON c.registration_id = r.id
                           WHERE r.user_id = l.user_id AND c.completed)) AS staff_trained,
          (SELECT count(DISTINCT l.user_id)::int FROM staff_link l
             JOIN role_grant g ON g.user_id = l.user_id AND g.role = 'trainer'
             WHERE l.organization_id = o.id AND l.status = 'active') AS organizational_trainers
        FROM partner_directory_entry e JOIN organization o ON o.id = e.organization_id
        WHERE e.listed
        ORDER BY o.name`,
  );
  return rows.flatMap((row) => {
    const entry = publicDirectoryEntry({
      name: row.name,
      slug: row.slug,
      listed: row.listed,
      shownFields: row.shown_fields,
      website: row.website,
      counties: row.counties,
      descriptionEn: row.description_en,
      descriptionEs: row.description_es,
      coReflectionInPlace: row.co_reflection_in_place,
      staffTrained: Number(row.staff_trained),
      organizationalTrainers: Number(row.organizational_trainers),
    });
    return entry ? [entry] : [];
  });
}
