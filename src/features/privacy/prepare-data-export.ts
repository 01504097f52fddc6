// Prepares one person's "download my data" archive: gathers their records, writes the ZIP, keeps it with the hash of a
// fresh random token, and emails the person the link — all in one transaction, so a retry after a crash starts over
// and a prepared archive is never prepared twice.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { strToU8, zipSync, type Zippable } from "fflate";
import { schema } from "#db/client.ts";
import { dataExportEntries, dataExportExpiry, type DataExportWording } from "#core/data-export.ts";
import { defaultLocale, isLocale, type Locale } from "#core/locale.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { fullDateTime } from "#i18n/format.ts";
import { translator } from "#i18n/translate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { gatherPersonData } from "./gather-person-data.ts";
import type { prepareDataExportJob } from "./prepare-data-export.job.ts";

/** The link's token is random and sent once, by email; only its hash is kept. */
export function hashExportToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function readmeWording(locale: Locale): DataExportWording {
  const t = translator(locale);
  return {
    title: t("privacy.readme.title"),
    intro: t("privacy.readme.intro"),
    describe: (section) => t(`privacy.readme.${section}`),
    evidence: t("privacy.readme.evidence"),
    journal: {
      none: t("privacy.readme.journal.none"),
      opened: t("privacy.readme.journal.opened"),
      sealed: t("privacy.readme.journal.sealed"),
    },
  };
}

/** Prepares the archive asked for as `exportId`; answers false when there is nothing to do (gone, or already ready). */
export async function prepareDataExport(
  services: Pick<Services, "db" | "now" | "config">,
  exportId: string,
): Promise<boolean> {
  const [asked] = await services.db
    .select({ userId: schema.dataExport.userId, readyAt: schema.dataExport.readyAt })
    .from(schema.dataExport)
    .where(eq(schema.dataExport.id, exportId));
  if (!asked || asked.readyAt) return false;
  const [person] = await services.db
    .select({
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      zone: schema.user.timeZone,
    })
    .from(schema.user)
    .where(eq(schema.user.id, asked.userId));
  if (!person) return false;
  const locale = isLocale(person.locale) ? person.locale : defaultLocale;
  const gathered = await gatherPersonData(services, asked.userId);
  if (!gathered) return false;

  const now = services.now();
  const files: Zippable = {};
  for (const entry of dataExportEntries(gathered, readmeWording(locale), now, asked.userId))
    files[entry.path] = typeof entry.content === "string" ? strToU8(entry.content) : entry.content;
  const archive = Buffer.from(zipSync(files, { level: 6, mtime: now }));
  const token = randomBytes(32).toString("base64url");
  const expiresAt = dataExportExpiry(now);

  return services.db.transaction(async (tx) => {
    const [ready] = await tx
      .update(schema.dataExport)
      .set({ archive, sizeBytes: archive.length, readyAt: now, expiresAt, tokenHash: hashExportToken(token) })
      .where(and(eq(schema.dataExport.id, exportId), isNull(schema.dataExport.readyAt)))
      .returning({ id: schema.dataExport.id });
    if (!ready) return false;
    const t = translator(locale);
    const time = fullDateTime(locale, person.zone, expiresAt);
    await queueMail(tx, {
      to: person.email,
      locale,
      recipientName: person.name,
      template: "notice.data-export-ready",
      content: {
        subject: t("privacy.mail.export.subject"),
        paragraphs: [t("privacy.mail.export.body", { time })],
        actions: [
          {
            label: t("privacy.mail.export.action"),
            url: `${services.config.publicUrl}/account/privacy/export/${token}`,
          },
        ],
        afterword: [t("privacy.mail.export.afterword")],
      },
    });
    return true;
  });
}

/** The worker's handler for `prepareDataExportJob`. */
export const prepareDataExportHandler: JobHandler<typeof prepareDataExportJob> = async (services, payload) => {
  await prepareDataExport(services, payload.exportId);
};
