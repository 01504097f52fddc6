import { describe, expect, it } from "vitest";
import { registrationEventType } from "./webhooks.ts";
import { isNonPublicAddress, webhookTargetProblem } from "./webhook-targets.ts";

describe("webhook targets", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
  ])("%s is not public", (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );

  it("takes only http(s) addresses without credentials", () => {
    const strict = { allowNonPublic: false };
    expect(webhookTargetProblem("https://hr.example.org/hooks", strict)).toBeNull();
    expect(webhookTargetProblem("http://hr.example.org/hooks", strict)).toBeNull();
    expect(webhookTargetProblem("ftp://hr.example.org/", strict)).toBe("not_http");
    expect(webhookTargetProblem("javascript:alert(1)", strict)).toBe("not_http");
    expect(webhookTargetProblem("not a url", strict)).toBe("not_a_url");
    expect(webhookTargetProblem("https://user:pw@hr.example.org/", strict)).toBe("has_credentials");
  });

  it("refuses this machine and private networks unless the hub allows them", () => {
    const strict = { allowNonPublic: false };
    for (const target of [
      "http://127.0.0.1:8080/",
      "http://localhost/",
      "http://api.localhost/",
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data",
      "http://192.168.0.10/",
    ])
      expect(webhookTargetProblem(target, strict), target).toBe("non_public");
    expect(webhookTargetProblem("http://127.0.0.1:8080/", { allowNonPublic: true })).toBeNull();
  });
});

describe("registration events", () => {
  it("names a new registration, a cancellation and every other move", () => {
    expect(registrationEventType(null, "confirmed")).toBe("registration.created");
    expect(registrationEventType(null, "waitlisted")).toBe("registration.created");
    expect(registrationEventType("confirmed", "cancelled")).toBe("registration.cancelled");
    expect(registrationEventType("waitlisted", "offered")).toBe("registration.changed");
  });
});
