// The PDFs' text (certificates, CE transcripts) read back with poppler: names outside WinAnsi print as written, and only
// documents that need it carry the embedded Unicode font.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { pdfText } from "#features/pdf/pdf-text.ts";

async function pdfWith(lines: string[]): Promise<{ text: string; fonts: string; bytes: number }> {
  const document = await PDFDocument.create();
  const page = document.addPage([612, 792]);
  const writer = await pdfText(document);
  let y = 740;
  for (const line of lines) {
    const { font, text } = await writer.fit(line, y % 2 === 0 ? "regular" : "bold");
    page.drawText(text, { x: 40, y, size: 14, font });
    y -= 25;
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ips-pdf-text-")), "out.pdf");
  const bytes = await document.save();
  writeFileSync(file, bytes);
  return {
    bytes: bytes.length,
    text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }),
    fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }),
  };
}

describe("text on the hub's PDFs", () => {
  it("prints English and Spanish in the standard font, embedding nothing", async () => {
    const { text, fonts } = await pdfWith(["Rosa María Peña", "Capacitación básica · 5–9 de abril de 2027"]);
    expect(text).toContain("Rosa María Peña");
    expect(text).toContain("Capacitación básica · 5–9 de abril de 2027");
    expect(fonts).toContain("Helvetica");
    expect(fonts).not.toContain("DejaVu");
  });

  it("prints Vietnamese, Polish, Greek and Cyrillic names as written, in an embedded subset of DejaVu Sans", async () => {
    const names = ["Nguyễn Thị Minh Khai", "Zoë Łukasiewicz", "Ελένη Παπαδοπούλου", "Анна Петрова"];
    const { text, fonts, bytes } = await pdfWith(names);
    for (const name of names) expect(text).toContain(name);
    expect(text).not.toContain("?");
    expect(fonts).toMatch(/^DejaVuSans-\S+\s+CID TrueType\s+Identity-H\s+yes/m);
    // Only the letters used are embedded: the whole font alone is over 700 kB.
    expect(bytes).toBeLessThan(100_000);
  });

  it("marks letters it cannot lay out (right-to-left and unsupported scripts) instead of printing them wrongly", async () => {
    const { text } = await pdfWith(["Sam 李小龙", "Dana כהן"]);
    expect(text).toContain("Sam ???");
    expect(text).toContain("Dana ???");
  });
});
