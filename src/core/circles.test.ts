import { describe, expect, it } from "vitest";
import type { Viewer } from "./access.ts";
import {
  assignFacilitators,
  mayArchiveCircle,
  mayRestoreCircle,
  mayOrganizeCircle,
  mayChooseMeetingPrompt,
  mayPublishAgreement,
  mayRecordAttendance,
  maySeeCircleInside,
  mayStartCircle,
  noStanding,
  organizerAfterLeaving,
} from "./circles.ts";

const viewer = (...roles: Viewer["roles"][number]["role"][]): Viewer => ({
  userId: "u",
  email: "u@example.org",
  name: "U",
  emailVerified: true,
  roles: roles.map((role) => ({ role, organizationId: null })),
});

describe("circle policy", () => {
  it("lets admins and trainers start circles, participants only when the hub allows", () => {
    expect(mayStartCircle(viewer("admin"), { membersMayStartCircles: false })).toBe(true);
    expect(mayStartCircle(viewer("trainer"), { membersMayStartCircles: false })).toBe(true);
    expect(mayStartCircle(viewer("participant"), { membersMayStartCircles: false })).toBe(false);
    expect(mayStartCircle(viewer("participant"), { membersMayStartCircles: true })).toBe(true);
    expect(mayStartCircle(null, { membersMayStartCircles: true })).toBe(false);
  });

  it("lets the meeting's facilitator or an organizer choose its prompt, and no one outside the circle", () => {
    const member = { ...noStanding, member: true };
    expect(mayChooseMeetingPrompt(member)).toBe(false);
    expect(mayChooseMeetingPrompt({ ...member, facilitator: true })).toBe(true);
    expect(mayChooseMeetingPrompt({ ...member, organizer: true })).toBe(true);
    expect(mayChooseMeetingPrompt({ member: false, organizer: true, facilitator: true })).toBe(false);
  });

  it("lets an organizer or a hub admin archive a circle, and only an admin restore one", () => {
    const member = { ...noStanding, member: true };
    expect(mayArchiveCircle(viewer("participant"), { ...member, organizer: true })).toBe(true);
    expect(mayArchiveCircle(viewer("trainer"), member)).toBe(false);
    expect(mayArchiveCircle(viewer("admin"), noStanding)).toBe(true);
    expect(mayArchiveCircle(viewer("trainer"), noStanding)).toBe(false);
    expect(mayArchiveCircle(null, noStanding)).toBe(false);
    expect(mayRestoreCircle(viewer("admin"))).toBe(true);
    expect(mayRestoreCircle(viewer("trainer"))).toBe(false);
    expect(mayRestoreCircle(null)).toBe(false);
  });

  it("keeps the inside of a circle to its members", () => {
    expect(maySeeCircleInside(noStanding)).toBe(false);
    expect(maySeeCircleInside({ ...noStanding, member: true })).toBe(true);
    // An organizer who left is no longer inside.
    expect(mayOrganizeCircle({ member: false, organizer: true, facilitator: false })).toBe(false);
  });

  it("lets the facilitator or an organizer publish and record others; anyone records themselves", () => {
    const member = { ...noStanding, member: true };
    expect(mayPublishAgreement(member)).toBe(false);
    expect(mayPublishAgreement({ ...member, facilitator: true })).toBe(true);
    expect(mayRecordAttendance(member, true)).toBe(true);
    expect(mayRecordAttendance(member, false)).toBe(false);
    expect(mayRecordAttendance({ ...member, organizer: true }, false)).toBe(true);
    expect(mayRecordAttendance(noStanding, true)).toBe(false);
  });

  it("takes facilitating turns in rotation order, after whoever went last", () => {
    expect(assignFacilitators(["a", "b", "c"], 5, null)).toEqual(["a", "b", "c", "a", "b"]);
    expect(assignFacilitators(["a", "b", "c"], 2, "b")).toEqual(["c", "a"]);
    expect(assignFacilitators(["a", "b"], 1, "gone")).toEqual(["a"]);
    expect(assignFacilitators([], 2, null)).toEqual([null, null]);
  });

  it("passes organizing to the next member in turn when the last organizer leaves, and only then", () => {
    const tess = { userId: "tess", organizer: true, rotationPosition: 1 };
    const rosa = { userId: "rosa", organizer: false, rotationPosition: 3 };
    const sam = { userId: "sam", organizer: false, rotationPosition: 2 };
    const kai = { userId: "kai", organizer: false, rotationPosition: null };
    expect(organizerAfterLeaving([tess, rosa, sam, kai], "tess")).toBe("sam");
    expect(organizerAfterLeaving([tess, kai], "tess")).toBe("kai");
    expect(organizerAfterLeaving([tess, rosa, sam], "rosa")).toBeNull();
    expect(organizerAfterLeaving([tess, { ...rosa, organizer: true }], "tess")).toBeNull();
    expect(organizerAfterLeaving([tess], "tess")).toBeNull();
  });
});
