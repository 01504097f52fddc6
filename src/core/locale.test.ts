import { describe, expect, it } from "vitest";
import { chooseLocale, parseAcceptLanguage } from "./locale.ts";

describe("chooseLocale", () => {
  it("prefers the saved setting, then the cookie, then the browser", () => {
    expect(chooseLocale({ saved: "es", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(chooseLocale({ saved: null, cookie: "es", acceptLanguage: "en-US" })).toBe("es");
    expect(chooseLocale({ acceptLanguage: "es-MX,es;q=0.9,en;q=0.8" })).toBe("es");
  });

  it("ignores unsupported values and falls back to English", () => {
    expect(chooseLocale({ saved: "fr", cookie: "de", acceptLanguage: "fr-FR, de;q=0.5" })).toBe("en");
    expect(chooseLocale({})).toBe("en");
  });

  it("respects quality values, including q=0", () => {
    expect(chooseLocale({ acceptLanguage: "en;q=0.2, es;q=0.8" })).toBe("es");
    expect(chooseLocale({ acceptLanguage: "es;q=0, en" })).toBe("en");
  });
});

describe("parseAcceptLanguage", () => {
  it("orders tags by quality and keeps the header's order for ties", () => {
    expect(parseAcceptLanguage("fr;q=0.5, es-MX, en;q=0.9, de")).toEqual(["es-mx", "de", "en", "fr"]);
    expect(parseAcceptLanguage("")).toEqual([]);
  });
});
