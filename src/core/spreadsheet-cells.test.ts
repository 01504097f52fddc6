import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "./spreadsheet-cells.ts";

describe("spreadsheetSafe", () => {
  it("quotes text that a spreadsheet would read as a formula", () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(spreadsheetSafe("+1 503 555 0100")).toBe("'+1 503 555 0100");
    expect(spreadsheetSafe("-2+3")).toBe("'-2+3");
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetSafe("\t=1")).toBe("'\t=1");
    expect(spreadsheetSafe("\r=1")).toBe("'\r=1");
  });

  it("leaves everything else as it is", () => {
    for (const text of ["", "Sam Lee", "sam@example.org", "1 = 1", "they/them", "Café — sí"])
      expect(spreadsheetSafe(text)).toBe(text);
  });
});
