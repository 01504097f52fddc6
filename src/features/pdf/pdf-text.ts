// Text on the hub's PDFs (certificates, CE transcripts). Helvetica, a standard PDF font, needs nothing embedded and
// draws WinAnsi: English and Spanish, and most Western European names. A line with a letter outside it — a Vietnamese,
// Polish, Greek or Cyrillic name, say — is drawn in DejaVu Sans instead, embedded (as a subset of the letters used) only
// in documents that need it, so nobody's legal name turns into question marks on a certificate.
//
// Not drawn: scripts written right to left or shaped letter by letter (Hebrew, Arabic and the like), which pdf-lib lays
// out in memory order and unjoined — a name printed backwards is worse than one marked as missing — and scripts DejaVu
// has no letters for (Chinese, Japanese, Korean). Those letters print as "?"; the credential itself keeps the name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { StandardFonts, type PDFDocument, type PDFFont } from "pdf-lib";
import { plainSpaces } from "#i18n/format.ts";

export type Weight = "regular" | "bold";

/** A line ready to draw: the font to draw it in and the text that font can draw. */
export type FittedText = { font: PDFFont; text: string };

export type PdfText = {
  /** The standard font of a weight, for measuring and drawing text the hub writes itself. */
  standard: Record<Weight, PDFFont>;
  /** The font a line should be drawn in, and the line as that font can draw it. */
  fit(text: string, weight: Weight): Promise<FittedText>;
};

const require = createRequire(import.meta.url);
const fontFiles: Record<Weight, string> = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
};
const fontBytes = new Map<Weight, Buffer>();
function unicodeFontBytes(weight: Weight): Buffer {
  let bytes = fontBytes.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(fontFiles[weight]));
    fontBytes.set(weight, bytes);
  }
  return bytes;
}

const NOT_LAID_OUT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const characterSets = new WeakMap<PDFFont, Set<number>>();
function drawableSet(font: PDFFont): Set<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet().filter((codePoint) => !NOT_LAID_OUT.test(String.fromCodePoint(codePoint))));
    characterSets.set(font, set);
  }
  return set;
}

/** Whether a font can draw every letter of a text. */
export function canDraw(text: string, font: PDFFont): boolean {
  const set = drawableSet(font);
  for (const character of plainSpaces(text)) if (!set.has(character.codePointAt(0)!)) return false;
  return true;
}

/** The text as a font can draw it: a letter it lacks loses its accent if that helps, or becomes "?". */
export function printable(text: string, font: PDFFont): string {
  const set = drawableSet(font);
  let out = "";
  for (const character of plainSpaces(text)) {
    if (set.has(character.codePointAt(0)!)) {
      out += character;
      continue;
    }
    const base = character.normalize("NFD").replace(/\p{M}/gu, "");
    out += base && [...base].every((c) => set.has(c.codePointAt(0)!)) ? base : "?";
  }
  return out;
}

/** Sets a document up to write text: the standard fonts at once, the Unicode ones the first time a line needs them. */
export async function pdfText(document: PDFDocument): Promise<PdfText> {
  document.registerFontkit(fontkit);
  const standard = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
  };
  const unicode = new Map<Weight, Promise<PDFFont>>();
  return {
    standard,
    async fit(text, weight) {
      if (canDraw(text, standard[weight])) return { font: standard[weight], text: plainSpaces(text) };
      let embedding = unicode.get(weight);
      if (!embedding) {
        embedding = document.embedFont(unicodeFontBytes(weight), { subset: true });
        unicode.set(weight, embedding);
      }
      const font = await embedding;
      return { font, text: printable(text, font) };
    },
  };
}
