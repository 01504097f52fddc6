import { describe, expect, it } from "vitest";
import { languageName } from "./language-names.ts";

describe("languageName", () => {
  it("names a language written in either language in the reader's", () => {
    expect(languageName("English", "es")).toBe("inglés");
    expect(languageName("Español", "en")).toBe("Spanish");
    expect(languageName("mandarin", "es")).toBe("mandarín");
    expect(languageName("inglés", "en")).toBe("English");
  });
  it("keeps a name it does not know as written", () => {
    expect(languageName("Klingon", "es")).toBe("Klingon");
  });
});
