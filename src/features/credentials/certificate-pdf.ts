// The printable certificate: drawn on request from a credential's stored content (nothing is stored), Letter or A4.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { PDFDocument, rgb, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import { formatCredentialCode } from "#core/credential-code.ts";
import { deliveredByOf } from "#core/open-badges.ts";
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { calendarDateRange, hoursFigure, longDate } from "#i18n/format.ts";
import { translator, type Translate } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { pdfText, type PdfText, type Weight } from "#features/pdf/pdf-text.ts";
import { categoryLabel } from "./credential-content.ts";
import type { CredentialForOwner } from "./read-credential.ts";

export const paperSizes = { letter: [792, 612], a4: [841.89, 595.28] } as const;
export type PaperSize = keyof typeof paperSizes;

export type CertificateContent = Awaited<ReturnType<typeof readCertificateContent>>;

/** The credential's row plus what the page prints around it: course, trainers and the hub's name, logo and number. */
export async function readCertificateContent(db: Executor, credential: CredentialForOwner, publicUrl: string) {
  const [course] = await db
    .select({
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      contactMinutes: schema.course.contactMinutes,
    })
    .from(schema.course)
    .where(eq(schema.course.id, credential.courseId));
  const trainers = await db
    .select({ name: schema.user.name })
    .from(schema.sessionTrainer)
    .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
    .where(eq(schema.sessionTrainer.sessionId, credential.sessionId))
    .orderBy(asc(schema.sessionTrainer.role), asc(schema.user.name));
  const hub = await readHubSettings(db);
  return {
    credential,
    course: course!,
    trainers: trainers.map((trainer) => trainer.name),
    /** The partner that ran it in-house (decision 0044), as the signed credential says. */
    deliveredBy: deliveredByOf(credential.document),
    hub: { name: hub.name, logoUrl: hub.logoUrl, providerNumber: hub.providerNumber, accentColor: hub.accentColor },
    verifyUrl: `${publicUrl}/verify/${credential.code}`,
  };
}

function accent(hex: string): RGB {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return rgb(0.18, 0.44, 0.37);
  return rgb(parseInt(match[1]!, 16) / 255, parseInt(match[2]!, 16) / 255, parseInt(match[3]!, 16) / 255);
}

async function logoImage(document: PDFDocument, logoUrl: string | null) {
  if (!logoUrl) return null;
  const data = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(logoUrl);
  if (data)
    return data[1] === "png"
      ? document.embedPng(Buffer.from(data[2]!, "base64"))
      : document.embedJpg(Buffer.from(data[2]!, "base64"));
  // A logo the hub serves itself (public/…); remote logos are not fetched while drawing a certificate.
  if (/^\/[\w./-]+\.(png|jpe?g)$/i.test(logoUrl) && !logoUrl.includes("..")) {
    const file = path.resolve("public", `.${logoUrl}`);
    if (existsSync(file))
      return /\.png$/i.test(file) ? document.embedPng(readFileSync(file)) : document.embedJpg(readFileSync(file));
  }
  return null;
}

function hours(t: Translate, minutes: number, locale: Locale): string {
  return t("credentials.hours", { hours: hoursFigure(locale, minutes) });
}

type Writer = { page: PDFPage; width: number; text: PdfText };

/** One line centred on the page, made smaller (down to 8 pt) until it fits the width. */
async function centered(
  w: Writer,
  line: string,
  y: number,
  size: number,
  weight: Weight,
  color = rgb(0.13, 0.13, 0.13),
  maxWidth = w.width - 144,
): Promise<void> {
  const { font, text } = await w.text.fit(line, weight);
  let fontSize = size;
  while (fontSize > 8 && font.widthOfTextAtSize(text, fontSize) > maxWidth) fontSize -= 1;
  const textWidth = font.widthOfTextAtSize(text, fontSize);
  w.page.drawText(text, { x: (w.width - textWidth) / 2, y, size: fontSize, font, color });
}

/** One line from a point, in the font it needs. */
async function written(
  w: Writer,
  line: string,
  at: { x: number; y: number; size: number; weight: Weight; color?: RGB },
): Promise<void> {
  const { font, text } = await w.text.fit(line, at.weight);
  w.page.drawText(text, { x: at.x, y: at.y, size: at.size, font, color: at.color ?? rgb(0, 0, 0) });
}

export async function renderCertificatePdf(
  content: CertificateContent,
  options: { size: PaperSize; locale: Locale },
): Promise<Uint8Array> {
  const { credential, course, hub } = content;
  const t = translator(options.locale);
  const [width, height] = paperSizes[options.size];
  const document = await PDFDocument.create();
  document.setTitle(`${localizedField(course, "title", options.locale)} — ${credential.recipientName}`);
  document.setAuthor(hub.name);
  document.setSubject(t("credentials.pdf.title"));
  document.setCreationDate(credential.issuedAt);
  document.setLanguage(options.locale);
  const page = document.addPage([width, height]);
  const w: Writer = { page, width, text: await pdfText(document) };
  const color = accent(hub.accentColor);
  const grey = rgb(0.35, 0.35, 0.35);

  page.drawRectangle({ x: 18, y: 18, width: width - 36, height: height - 36, borderColor: color, borderWidth: 3 });
  page.drawRectangle({ x: 26, y: 26, width: width - 52, height: height - 52, borderColor: color, borderWidth: 0.75 });

  let y = height - 78;
  const logo = await logoImage(document, hub.logoUrl);
  if (logo) {
    const scale = Math.min(160 / logo.width, 44 / logo.height, 1);
    page.drawImage(logo, {
      x: (width - logo.width * scale) / 2,
      y: y - 30,
      width: logo.width * scale,
      height: logo.height * scale,
    });
    y -= 52;
  }
  await centered(w, hub.name, y, 16, "bold", color);
  y -= 58;
  await centered(w, t("credentials.pdf.title"), y, 30, "bold");
  y -= 46;
  await centered(w, t("credentials.pdf.certifies"), y, 13, "regular", grey);
  y -= 46;
  await centered(w, credential.recipientName, y, 28, "bold");
  y -= 38;
  await centered(w, t("credentials.pdf.completed"), y, 13, "regular", grey);
  y -= 36;
  await centered(w, localizedField(course, "title", options.locale), y, 20, "bold", color);
  y -= 30;
  await centered(
    w,
    `${calendarDateRange(options.locale, credential.activityStartDate, credential.activityEndDate)} · ${credential.inPerson ? t("credentials.inPerson") : t("credentials.online")}`,
    y,
    12,
    "regular",
  );
  y -= 26;
  await centered(
    w,
    t("credentials.pdf.contactHours", {
      earned: hours(t, credential.attendedMinutes, options.locale),
      available: hours(t, course.contactMinutes, options.locale),
    }),
    y,
    12,
    "bold",
  );
  if (credential.categories.length) {
    y -= 20;
    const list = credential.categories
      .map((c) => `${categoryLabel(t, c.category)}: ${hours(t, c.minutes, options.locale)}`)
      .join(" · ");
    await centered(w, t("credentials.pdf.ceCategories", { list }), y, 11, "regular");
  }
  // Trainers and, for an in-house training, the partner that delivered it share one line, so the layout keeps its room
  // above the verification block.
  const people = [
    content.trainers.length ? t("credentials.pdf.trainers", { names: content.trainers.join(", ") }) : null,
    content.deliveredBy ? t("credentials.pdf.deliveredBy", { partner: content.deliveredBy }) : null,
  ].filter((part): part is string => part !== null);
  if (people.length) {
    y -= 20;
    await centered(w, people.join(" · "), y, 11, "regular");
  }
  if (hub.providerNumber) {
    y -= 20;
    await centered(w, t("credentials.pdf.provider", { number: hub.providerNumber }), y, 11, "regular");
  }

  // Verification block: the QR code goes to the public verify page, with the code and address written out for people.
  const qr = QRCode.create(content.verifyUrl, { errorCorrectionLevel: "M" });
  const qrSize = 78;
  const qrX = 48;
  const qrY = 44;
  // One path for all dark modules (a square per module, in module units, scaled once), not hundreds of rectangles.
  let modules = "";
  for (let row = 0; row < qr.modules.size; row += 1) {
    for (let column = 0; column < qr.modules.size; column += 1)
      if (qr.modules.get(row, column)) modules += `M${column} ${row}h1v1h-1z`;
  }
  page.drawSvgPath(modules, {
    x: qrX,
    y: qrY + qrSize,
    scale: qrSize / qr.modules.size,
    color: rgb(0, 0, 0),
    borderWidth: 0,
  });
  const textX = qrX + qrSize + 14;
  await written(w, t("credentials.pdf.code", { code: formatCredentialCode(credential.code) }), {
    x: textX,
    y: qrY + 52,
    size: 11,
    weight: "bold",
  });
  await written(w, t("credentials.pdf.verifyAt"), { x: textX, y: qrY + 36, size: 9, weight: "regular", color: grey });
  await written(w, content.verifyUrl, { x: textX, y: qrY + 24, size: 9, weight: "regular", color });
  const issued = longDate(options.locale, "UTC", credential.issuedAt);
  await written(w, t("credentials.pdf.issued", { date: issued }), {
    x: textX,
    y: qrY + 8,
    size: 9,
    weight: "regular",
    color: grey,
  });
  if (credential.status !== "active") {
    const { font, text } = await w.text.fit(
      credential.status === "revoked" ? t("credentials.pdf.revoked") : t("credentials.pdf.superseded"),
      "bold",
    );
    page.drawText(text, {
      x: width - 48 - font.widthOfTextAtSize(text, 12),
      y: qrY + 8,
      size: 12,
      font,
      color: rgb(0.6, 0.1, 0.1),
    });
  }
  return document.save();
}
