import { describe, expect, it } from "vitest";
import { localized, localizedField } from "./localized.ts";

describe("localized text", () => {
  it("reads the reader's language, and English when that one was left empty", () => {
    expect(localized({ en: "Core Training", es: "Formación Básica" }, "es")).toBe("Formación Básica");
    expect(localized({ en: "Core Training", es: "Formación Básica" }, "en")).toBe("Core Training");
    expect(localized({ en: "Bring a notebook.", es: "" }, "es")).toBe("Bring a notebook.");
  });

  it("falls back to what the caller names instead, when it names something", () => {
    expect(localized({ en: "Two days of IPS.", es: "" }, "es", "Introducción a IPS")).toBe("Introducción a IPS");
    expect(localized({ en: "Two days of IPS.", es: "Dos días de IPS." }, "es", "Introducción a IPS")).toBe(
      "Dos días de IPS.",
    );
  });

  it("reads a row that keeps each language in its own column", () => {
    const row = {
      courseTitleEn: "Core Training",
      courseTitleEs: "Formación Básica",
      labelEn: "Years using IPS",
      labelEs: "",
    };
    expect(localizedField(row, "courseTitle", "es")).toBe("Formación Básica");
    expect(localizedField(row, "label", "es")).toBe("Years using IPS");
  });
});
