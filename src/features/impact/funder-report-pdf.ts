// The funder report as a PDF: the hub's name, the period, the admin's narrative, a bar chart of the registration
// funnel, then every figure of the report (funder-report.ts) — drawn with the same text tooling as certificates.
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import type { Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { longDate } from "#i18n/format.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { pdfText, type Weight } from "#features/pdf/pdf-text.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { funderReportRows, readFunderReport, reportPeriod } from "./funder-report.ts";

const PAGE = { width: 612, height: 792, margin: 54 };
const INK = rgb(0.1, 0.15, 0.15);
const BAR = rgb(0.16, 0.42, 0.45);

/** Breaks words into lines no wider than `width` at `size`, measured in the font that will draw them. */
function wrap(text: string, measure: (line: string) => number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/u)) {
    let current = "";
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure(next) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    lines.push(current);
  }
  return lines;
}

export async function funderReportPdf(
  db: Database,
  request: { viewer: Viewer | null; input: unknown; locale: Locale; now: Date },
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const report = await readFunderReport(db, request);
  const t = translator(request.locale);
  const hub = await readHubSettings(db);
  const rows = funderReportRows(report, t, request.locale);
  const pdf = await PDFDocument.create();
  const period = reportPeriod(report, request.locale);
  pdf.setTitle(`${t("impact.report.title")} — ${period}`);
  pdf.setCreator(hub.name);
  const writer = await pdfText(pdf);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const room = (height: number) => {
    if (y - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const line = async (words: string, weight: Weight = "regular", size = 10, x = PAGE.margin) => {
    const { font, text } = await writer.fit(words, weight);
    for (const part of wrap(
      text,
      (candidate) => font.widthOfTextAtSize(candidate, size),
      PAGE.width - x - PAGE.margin,
    )) {
      room(size * 1.5);
      page.drawText(part, { x, y: y - size, size, font, color: INK });
      y -= size * 1.5;
    }
  };

  await line(hub.name, "bold", 16);
  await line(t("impact.report.title"), "bold", 14);
  await line(period, "regular", 12);
  await line(
    t("impact.report.counted", { time: longDate(request.locale, undefined, report.refreshedAt) }),
    "regular",
    9,
  );
  y -= 8;
  if (report.narrative) {
    await line(t("impact.report.narrative"), "bold", 12);
    await line(report.narrative, "regular", 10);
    y -= 8;
  }

  // The funnel as bars: a withheld count draws no bar and says so in words beside its label.
  await line(t("impact.admin.funnel.title"), "bold", 12);
  const max = Math.max(1, ...report.figures.funnel.map((row) => row.count ?? 0));
  const labelWidth = 190;
  const barWidth = PAGE.width - PAGE.margin * 2 - labelWidth - 60;
  for (const row of report.figures.funnel) {
    room(18);
    const label = await writer.fit(t(`impact.admin.stage.${row.stage}` as MessageKey), "regular");
    page.drawText(label.text, {
      x: PAGE.margin,
      y: y - 10,
      size: 9,
      font: label.font,
      color: INK,
      maxWidth: labelWidth,
    });
    const width = row.count === null ? 0 : (row.count / max) * barWidth;
    if (width > 0) page.drawRectangle({ x: PAGE.margin + labelWidth, y: y - 12, width, height: 11, color: BAR });
    const value = await writer.fit(row.count === null ? t("impact.withheld") : String(row.count), "regular");
    page.drawText(value.text, {
      x: PAGE.margin + labelWidth + width + 6,
      y: y - 10,
      size: 9,
      font: value.font,
      color: INK,
    });
    y -= 18;
  }
  y -= 8;

  let section = "";
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      y -= 6;
      await line(section, "bold", 12);
    }
    await line(`${row.label}: ${row.value}`, "regular", 10, PAGE.margin + 8);
  }
  y -= 8;
  await line(t("impact.withheldNote"), "regular", 9);
  return { pdf: await pdf.save(), fileName: `impact-report-${report.from}-${report.to}.pdf` };
}
