import { describe, expect, it } from "vitest";
import { dialableNumber, smsHref, telHref, webLink } from "./contact-links.ts";

describe("contact links", () => {
  it("dials what people write", () => {
    expect(telHref("1-800-698-2392")).toBe("tel:18006982392");
    expect(telHref("(503) 988-4888")).toBe("tel:5039884888");
    expect(telHref("988")).toBe("tel:988");
    expect(telHref("+34 900 107 917")).toBe("tel:+34900107917");
    expect(smsHref("741 741")).toBe("sms:741741");
  });

  it("gives nothing when there is nothing to dial", () => {
    expect(dialableNumber(null)).toBeNull();
    expect(telHref("")).toBeNull();
    expect(smsHref("text us")).toBeNull();
  });

  it("links only to web addresses, shown without the clutter", () => {
    expect(webLink("https://988lifeline.org/")).toEqual({ href: "https://988lifeline.org/", label: "988lifeline.org" });
    expect(webLink("https://www.communitycounselingsolutions.org/warmline/")?.label).toBe(
      "communitycounselingsolutions.org/warmline",
    );
    expect(webLink("javascript:alert(1)")).toBeNull();
    expect(webLink("data:text/html,hi")).toBeNull();
    expect(webLink("not a url")).toBeNull();
    expect(webLink(null)).toBeNull();
  });
});
