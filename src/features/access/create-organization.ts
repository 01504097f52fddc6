// Adds a partner organization (name, web address slug, website). Admins only, audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { isSlug, MAX_SLUG_LENGTH, slugify } from "#core/slug.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem, requiredText, webAddress } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";
import { MAX_ORGANIZATION_NAME_LENGTH } from "#core/limits.ts";

export const organizationFields = {
  name: requiredText(
    MAX_ORGANIZATION_NAME_LENGTH,
    problem("admin.organizations.errors.nameMissing"),
    problem("admin.organizations.errors.nameTooLong"),
  ),
  website: webAddress({ httpsOnly: false, wrong: problem("admin.organizations.errors.website") }),
};

const createInput = z.object({
  ...organizationFields,
  slug: z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH, problem("admin.organizations.errors.slug")),
});

export async function createOrganization(
  db: Executor,
  input: { viewer: Viewer | null; name: string; slug?: string; website?: string },
  actor: AuditActor,
): Promise<{ id: string; slug: string }> {
  requireAdmin(input.viewer);
  const organization = parseInput(createInput, { ...input, slug: input.slug ?? "", website: input.website ?? "" });
  const slug = organization.slug || slugify(organization.name);
  if (!isSlug(slug)) throw invalid([{ path: "slug", message: problem("admin.organizations.errors.slug") }]);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.organization.id })
      .from(schema.organization)
      .where(eq(schema.organization.slug, slug));
    if (taken) throw invalid([{ path: "slug", message: problem("admin.organizations.errors.slugTaken") }]);
    const [row] = await tx
      .insert(schema.organization)
      .values({ name: organization.name, slug, website: organization.website })
      .onConflictDoNothing()
      .returning({ id: schema.organization.id, slug: schema.organization.slug });
    // Two admins choosing the same slug at once: the unique index decides, the second hears it is taken.
    if (!row) throw invalid([{ path: "slug", message: problem("admin.organizations.errors.slugTaken") }]);
    await recordAudit(tx, actor, {
      action: "organization.create",
      targetType: "organization",
      targetId: row.id,
      summary: { name: organization.name, slug },
    });
    return row;
  });
}
