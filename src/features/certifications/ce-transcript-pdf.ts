// A CE transcript as a PDF: every hour on the person's ledger, with categories, where, and where it came from, for a board.
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import { pdfText, type Weight } from "#features/pdf/pdf-text.ts";
import type { Executor } from "#db/client.ts";
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { calendarDate, decimalHours, longDate } from "#i18n/format.ts";
import { localized } from "#i18n/localized.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import type { Locale } from "#core/locale.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { ceLedger } from "./ce-ledger.ts";

const PAGE = { width: 612, height: 792, margin: 54 };

export async function ceTranscriptPdf(
  db: Executor,
  input: { userId: string; locale: Locale; now: Date },
): Promise<Uint8Array> {
  const t = translator(input.locale);
  const [person] = await db
    .select({ name: schema.user.name, legalName: schema.user.legalName })
    .from(schema.user)
    .where(eq(schema.user.id, input.userId));
  const hub = await readHubSettings(db);
  const ledger = await ceLedger(db, input.userId);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t("certifications.ledger.title")} — ${person?.legalName || person?.name || ""}`);
  pdf.setCreator(hub.name);
  const writer = await pdfText(pdf);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const line = async (words: string, weight: Weight = "regular", size = 10, x = PAGE.margin) => {
    if (y < PAGE.margin + size) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    const { font, text } = await writer.fit(words, weight);
    page.drawText(text, { x, y, size, font, color: rgb(0.1, 0.15, 0.15), maxWidth: PAGE.width - x - PAGE.margin });
    y -= size * 1.5;
  };

  await line(hub.name, "bold", 16);
  if (hub.providerNumber) await line(hub.providerNumber, "regular", 10);
  y -= 6;
  await line(t("certifications.ledger.title"), "bold", 14);
  await line(person?.legalName || person?.name || "", "regular", 12);
  await line(longDate(input.locale, undefined, input.now), "regular", 10);
  y -= 8;
  const total = ledger.reduce((sum, entry) => sum + entry.minutes, 0);
  await line(`${t("certifications.ledger.hours")}: ${decimalHours(total)}`, "bold", 11);
  y -= 4;
  if (ledger.length === 0) await line(t("certifications.ledger.empty"));
  for (const entry of ledger) {
    const title = localized({ en: entry.title, es: entry.titleEs }, input.locale);
    await line(
      `${calendarDate(input.locale, entry.completedOn, "medium")} — ${title} — ${decimalHours(entry.minutes)} h`,
      "bold",
      10,
    );
    const categories = entry.categories.length
      ? entry.categories
          .map((c) => `${t(`certifications.category.${c.category}` as MessageKey)} ${decimalHours(c.minutes)} h`)
          .join(", ")
      : t("certifications.category.general");
    const where = t(entry.inPerson ? "certifications.ledger.inPerson" : "certifications.ledger.online");
    const source =
      entry.source === "hub"
        ? `${t("certifications.ledger.hub")}${entry.credentialCode ? ` · ${entry.credentialCode}` : ""}`
        : `${t("certifications.ledger.outside", { provider: entry.provider ?? "" })} · ${t(entry.verified ? "certifications.ledger.verified" : "certifications.ledger.unverified")}`;
    await line(`${categories} · ${where} · ${source}`, "regular", 9, PAGE.margin + 12);
    y -= 2;
  }
  return pdf.save();
}
