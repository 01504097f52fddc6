// Saves the hub's name, look, contact details and who may start circles (the one settings row); refuses an accent
// white text can't sit on.
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { carriesWhiteText, isHexColour } from "#core/contrast.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import {
  emailAddress,
  optionalText,
  parseInput,
  problem,
  requiredText,
  webAddress,
} from "#features/validation/parse-input.ts";
import { forgetCachedHubSettings, readHubSettings } from "./hub-settings.ts";
import { MAX_HUB_DETAIL_LENGTH, MAX_HUB_NAME_LENGTH, MAX_HUB_TAGLINE_LENGTH } from "#core/limits.ts";

const settingsInput = z.object({
  name: requiredText(
    MAX_HUB_NAME_LENGTH,
    problem("admin.settings.errors.nameMissing"),
    problem("admin.settings.errors.nameTooLong"),
  ),
  tagline: optionalText(MAX_HUB_TAGLINE_LENGTH, problem("admin.settings.errors.taglineTooLong")),
  /** The tagline in Spanish; left out (an older client), it stays as it is. */
  taglineEs: optionalText(MAX_HUB_TAGLINE_LENGTH, problem("admin.settings.errors.taglineTooLong")).optional(),
  logoUrl: webAddress({ httpsOnly: true, wrong: problem("admin.settings.errors.logoUrl") }),
  accentColor: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isHexColour, problem("admin.settings.errors.accentFormat"))
    .refine(carriesWhiteText, problem("admin.settings.errors.accentContrast")),
  contactEmail: z.union([
    z.literal("").transform(() => null),
    emailAddress(problem("admin.settings.errors.contactEmail")),
  ]),
  providerNumber: optionalText(MAX_HUB_DETAIL_LENGTH, problem("admin.settings.errors.providerNumberTooLong")),
  region: optionalText(MAX_HUB_DETAIL_LENGTH, problem("admin.settings.errors.regionTooLong")),
  /** Whether participants may start co-reflection circles; left out, it stays as it is. */
  membersMayStartCircles: z.boolean().optional(),
});

export type HubSettingsInput = z.input<typeof settingsInput>;

export async function updateHubSettings(
  db: Executor,
  input: { viewer: Viewer | null; now: Date } & HubSettingsInput,
  actor: AuditActor,
): Promise<{ changed: string[] }> {
  requireAdmin(input.viewer);
  const settings = parseInput(settingsInput, { ...input, contactEmail: input.contactEmail.trim() });
  const result = await db.transaction(async (tx) => {
    const current = await readHubSettings(tx);
    const saved = {
      ...settings,
      membersMayStartCircles: settings.membersMayStartCircles ?? current.membersMayStartCircles,
      taglineEs: settings.taglineEs === undefined ? current.taglineEs : settings.taglineEs,
    };
    const fields = [
      "name",
      "tagline",
      "taglineEs",
      "logoUrl",
      "accentColor",
      "contactEmail",
      "providerNumber",
      "region",
      "membersMayStartCircles",
    ] as const;
    const changed = fields.filter((field) => (current[field] ?? null) !== saved[field]);
    await tx
      .insert(schema.hubSettings)
      .values({ id: 1, ...saved, updatedAt: input.now })
      .onConflictDoUpdate({ target: schema.hubSettings.id, set: { ...saved, updatedAt: input.now } });
    if (changed.length) {
      await recordAudit(tx, actor, {
        action: "hub.settings.update",
        targetType: "hub_settings",
        targetId: "1",
        summary: Object.fromEntries(changed.map((field) => [field, saved[field]])),
      });
    }
    return { changed };
  });
  forgetCachedHubSettings();
  return result;
}
