import { describe, expect, it } from "vitest";
import type { Viewer } from "./access.ts";
import { blockShownTo, shownBlocks, visibilityFromStored } from "./impact-blocks.ts";

const viewer = (role?: "admin" | "trainer" | "participant"): Viewer => ({
  userId: "u",
  email: "u@example.org",
  name: "U",
  emailVerified: true,
  roles: role ? [{ role, organizationId: null }] : [],
});

describe("impact block visibility", () => {
  it("reads unknown or missing choices as public", () => {
    const map = visibilityFromStored({ counties: "hidden", trained: "nonsense", partners: 3 });
    expect(map.counties).toBe("hidden");
    expect(map.trained).toBe("public");
    expect(map.partners).toBe("public");
    expect(map.testimonials).toBe("public");
  });
  it("shows staff blocks to admins and trainers only, hidden blocks to nobody", () => {
    expect(blockShownTo("staff", null)).toBe(false);
    expect(blockShownTo("staff", viewer("participant"))).toBe(false);
    expect(blockShownTo("staff", viewer("trainer"))).toBe(true);
    expect(blockShownTo("staff", viewer("admin"))).toBe(true);
    expect(blockShownTo("hidden", viewer("admin"))).toBe(false);
    expect(blockShownTo("public", null)).toBe(true);
    const map = visibilityFromStored({ counties: "staff", learning: "hidden" });
    expect(shownBlocks(map, null).has("counties")).toBe(false);
    expect(shownBlocks(map, viewer("admin")).has("counties")).toBe(true);
    expect(shownBlocks(map, viewer("admin")).has("learning")).toBe(false);
  });
});
