import { describe, expect, it } from "vitest";
import { localized, localizedField, localizedWithLang } from "./localized.ts";

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

describe("localized text with its language", () => {
  it("says which language the text shown is really in", () => {
    expect(localizedWithLang({ en: "I train in Salem.", es: "Facilito en Salem." }, "es")).toEqual({
      text: "Facilito en Salem.",
      lang: "es",
    });
    expect(localizedWithLang({ en: "I train in Salem.", es: "" }, "es")).toEqual({
      text: "I train in Salem.",
      lang: "en",
    });
    expect(localizedWithLang({ en: "", es: "Facilito en Salem." }, "en")).toEqual({
      text: "Facilito en Salem.",
      lang: "es",
    });
    expect(localizedWithLang({ en: "", es: "" }, "en")).toEqual({ text: "", lang: "en" });
  });
});
