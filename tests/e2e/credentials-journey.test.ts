// A Core Training from attendance to a verifiable credential, at phone size: the lead trainer marks last week's run and
// signs off, the participant downloads the PDF and the signed credential (checked with jose against the hub's JWKS
// alone), the signed .json passes every check when pasted into /verify, the verify page says valid, an admin revokes it,
// the verify page says revoked; then axe-core on those pages (the credential checker's report too).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Download, Locator, Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";

const PHONE = { width: 390, height: 844 };
const COURSE = "IPS Core Training";
const MEETINGS = 5;
const PDFTOTEXT = "/usr/bin/pdftotext";
/** How long the in-process worker may take to issue a credential after sign-off. */
const ISSUE_WITHIN_MS = 30_000;

describeEndToEnd("credentials journey", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;
  const contexts: BrowserContext[] = [];
  let trainer: Page;
  let sam: Page;
  let admin: Page;
  let visitor: Page;
  let attendanceUrl = "";
  /** The new certificate's code as printed ("ABCDE-FGHJK") and as stored ("ABCDEFGHJK"). */
  let printedCode = "";
  let code = "";
  /** The signed .json Sam downloaded, which a visitor pastes into /verify. */
  let signedJson = "";
  /** Script errors on any page of the journey, such as React failing to hydrate what the server drew. */
  const pageErrors: string[] = [];

  async function newPhonePage(): Promise<Page> {
    const context = await session.browser.newContext({ viewport: PHONE, locale: "en-US", acceptDownloads: true });
    contexts.push(context);
    return watched(await context.newPage());
  }

  function watched(page: Page): Page {
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  /** Pastes Sam's signed credential into the checker on /verify and waits for its report. */
  async function checkPasted(page: Page, language: Language) {
    const response = await page.goto(`${hub.url}/verify`);
    expect(response?.status()).toBe(200);
    expect(await pageLanguage(page)).toBe(language);
    await page.locator('textarea[name="credential"]').fill(signedJson);
    await page.locator('form:has(textarea[name="credential"]) button[type="submit"]').click();
    await page.locator("#check-result").waitFor();
  }

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser({ viewport: PHONE });
    trainer = watched(session.page);
    sam = await newPhonePage();
    admin = await newPhonePage();
    visitor = await newPhonePage();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await session?.close();
    await hub?.stop();
  });

  /** The Core Training certificates on /my/certificates, by printed code. */
  async function coreCertificateCodes(page: Page): Promise<string[]> {
    await page.goto(`${hub.url}/my/certificates`);
    const articles = page
      .getByRole("main")
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { level: 2, name: COURSE, exact: true }) });
    return (await articles.locator("dd code").allTextContents()).map((text) => text.trim());
  }

  async function download(page: Page, link: Locator): Promise<{ download: Download; body: Buffer }> {
    const [started] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), link.click()]);
    const file = await started.path();
    return { download: started, body: await readFile(file) };
  }

  it("a trainer signs off, the participant downloads a verifiable credential, an admin revokes it", async () => {
    const startedAt = Date.now();

    // 0. What Sam holds before: the Core Training certificate from the earlier run (the worker issues the seed's on start).
    await signIn(sam, hub.url, "sam@example.org", DEMO_PASSWORD);
    let before: string[] = [];
    await expect
      .poll(async () => (before = await coreCertificateCodes(sam)).length, {
        timeout: ISSUE_WITHIN_MS,
        message: "Sam's earlier Core Training certificate",
      })
      .toBeGreaterThan(0);

    // 1. Maya, the lead trainer, opens last week's Core Training: the recent one with people in it, not yet signed off
    //    (the demo also has an older run with nobody in it, and one signed off months ago).
    await signIn(trainer, hub.url, "maya@example.org", DEMO_PASSWORD);
    await trainer.goto(`${hub.url}/trainer`);
    // Click once React has taken over the page: a click while it is still hydrating can be lost.
    await trainer.waitForLoadState("networkidle");
    const recent = trainer.getByRole("region", { name: "Recent", exact: true });
    const card = recent
      .getByRole("listitem")
      .filter({ hasText: COURSE })
      .filter({ hasText: "6 people confirmed" })
      .filter({ hasNotText: "Signed off" });
    expect(await card.count(), "one recent Core Training waits for sign-off").toBe(1);
    await card.getByRole("link", { name: COURSE, exact: true }).click();
    await trainer.waitForURL((url) => /^\/trainer\/sessions\/[^/]+\/attendance$/.test(url.pathname));
    await trainer.getByRole("heading", { level: 1, name: `Attendance: ${COURSE}` }).waitFor();
    attendanceUrl = trainer.url();
    // Let React take over, so each mark is saved by its own row without reloading the page.
    await trainer.waitForLoadState("networkidle");

    // 2. Full for Sam on every meeting; Kai absent on day 1 (the others stay unmarked). A pressed button reads "✓ Full".
    const meetingPicker = trainer.getByRole("navigation", { name: "Meetings", exact: true });
    expect(await meetingPicker.getByRole("link").count()).toBe(MEETINGS);
    for (let day = 1; day <= MEETINGS; day += 1) {
      await meetingPicker.getByRole("link", { name: new RegExp(`^Day ${day}(?!\\d)`) }).click();
      await trainer.getByRole("heading", { level: 2, name: `Day ${day}: who was there`, exact: true }).waitFor();
      const samRow = trainer.locator(".mark-row").filter({ hasText: "Sam Taylor" });
      const fullForSam = samRow.getByRole("button", { name: /^(✓ )?Full for Sam Taylor$/ });
      // A new meeting starts unmarked, without the previous meeting's "Saved".
      expect((await samRow.locator(".mark-state").textContent())?.trim()).toBe("Not marked yet");
      expect(await fullForSam.getAttribute("aria-pressed")).toBe("false");
      await fullForSam.click();
      await expect.poll(() => fullForSam.getAttribute("aria-pressed"), { timeout: 15_000 }).toBe("true");
      await expect
        .poll(() => samRow.locator(".mark-state").textContent(), { timeout: 15_000 })
        .toMatch(/^Full · .* · Saved$/);
      if (day === 1) {
        const absentForKai = trainer.getByRole("button", { name: /^(✓ )?Absent for Kai Johnson$/ });
        await absentForKai.click();
        await expect.poll(() => absentForKai.getAttribute("aria-pressed"), { timeout: 15_000 }).toBe("true");
      }
    }
    // After a reload the marks are still there (they were saved, not just shown).
    await trainer.reload();
    expect(await trainer.getByRole("button", { name: /^(✓ )?Full for Sam Taylor$/ }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    // 3. The results before sign-off: Sam is ready, Kai is not completed.
    const results = trainer.getByRole("region", { name: "Results and sign-off", exact: true });
    const rowOf = (name: string) =>
      results.getByRole("row").filter({ has: trainer.getByRole("rowheader", { name, exact: true }) });
    expect(await rowOf("Sam Taylor").textContent()).toContain("Ready for sign-off");
    expect(await rowOf("Kai Johnson").textContent()).toContain("Not completed");

    // 4. Sign off, with its confirmation step.
    await results.locator("summary", { hasText: "Sign off this session" }).click();
    await results.getByText("1 person of 6 will complete", { exact: false }).waitFor();
    await results.getByRole("button", { name: "Yes, sign off", exact: true }).click();
    const done = results.getByRole("status").filter({ hasText: "Signed off:" });
    await done.waitFor({ timeout: 15_000 });
    expect(await done.textContent()).toContain(
      "Signed off: 1 person completed, 5 did not. A certificate is being made for 1 person.",
    );
    // The notice can show a moment before the page's results are fetched again.
    await expect.poll(() => rowOf("Sam Taylor").textContent(), { timeout: 15_000 }).toContain("Completed");

    // 5. The worker issues Sam's new certificate within seconds.
    let after: string[] = [];
    await expect
      .poll(async () => (after = await coreCertificateCodes(sam)).filter((c) => !before.includes(c)).length, {
        timeout: ISSUE_WITHIN_MS,
        interval: 500,
        message: "a new Core Training certificate for Sam",
      })
      .toBe(1);
    printedCode = after.find((c) => !before.includes(c))!;
    expect(printedCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    code = printedCode.replace("-", "");
    const certificate = sam.getByRole("article").filter({ has: sam.locator("code", { hasText: printedCode }) });
    expect(await certificate.getByText("Valid", { exact: true }).count()).toBe(1);

    // 6. The PDF: a real PDF with Sam's legal name and the code.
    const pdf = await download(sam, certificate.getByRole("link", { name: "PDF (US Letter)", exact: true }));
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (existsSync(PDFTOTEXT)) {
      const { stdout } = await promisify(execFile)(PDFTOTEXT, ["-layout", (await pdf.download.path())!, "-"]);
      expect(stdout).toContain("Samuel Taylor");
      expect(stdout).toContain(printedCode);
      expect(stdout).toContain(COURSE);
    }

    // 7. The signed credential (.jwt) verifies with jose using only the hub's published keys; the .json says the same.
    const jwt = (
      await download(sam, certificate.getByRole("link", { name: "Signed credential (.jwt)", exact: true }))
    ).body
      .toString("utf8")
      .trim();
    const keys = createRemoteJWKSet(new URL(`${hub.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(jwt, keys);
    expect(protectedHeader.alg).toBe("EdDSA");
    expect(payload.type).toContain("OpenBadgeCredential");
    signedJson = (
      await download(
        sam,
        certificate.getByRole("link", { name: "Credential for wallets (.json, signed)", exact: true }),
      )
    ).body.toString("utf8");
    const json = JSON.parse(signedJson) as { id: string; type: string[]; proof: Array<{ cryptosuite: string }> };
    expect(json.proof[0]!.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(json.type).toContain("OpenBadgeCredential");
    expect(payload.jti).toBe(json.id);
    // One changed character in the payload and the signature no longer holds.
    const [header, body, signature] = jwt.split(".");
    const tampered = Buffer.from(JSON.stringify({ ...decodeJwt(jwt), name: "Someone else" })).toString("base64url");
    expect(body).not.toBe(tampered);
    await expect(jwtVerify(`${header}.${tampered}.${signature}`, keys)).rejects.toThrow();

    // 8. The public check page says valid, and shows only the chosen name.
    await certificate.getByRole("link", { name: "Public check page", exact: true }).click();
    await sam.waitForURL((url) => url.pathname === `/verify/${code}`);
    await sam.getByRole("heading", { level: 2, name: /This certificate is valid/ }).waitFor();
    const verifyText = (await sam.getByRole("main").textContent()) ?? "";
    expect(verifyText).toContain("Sam Taylor");
    expect(verifyText).not.toContain("Samuel Taylor");
    expect(verifyText).not.toContain("sam@example.org");
    const validReport = await checkAccessibility(sam);
    expect(validReport.violations, validReport.summary).toEqual([]);

    // 8b. Anyone can paste the signed .json into /verify: every check is shown, and it passes.
    await checkPasted(visitor, "en");
    await visitor.getByRole("heading", { level: 2, name: "This credential passed every check." }).waitFor();
    const checks = (await visitor.locator("#check-result li").allTextContents()).join("\n");
    expect(checks).toContain("Signature: passed.");
    expect(checks).toContain("Not revoked: passed.");
    expect(checks).toContain("Open Badges 3.0 format: passed.");

    // 9. An admin finds it by its code and revokes it with a reason.
    await signIn(admin, hub.url, "admin@example.org", DEMO_PASSWORD);
    await admin.goto(`${hub.url}/admin/credentials`);
    await admin.getByRole("main").getByLabel("Find certificates", { exact: true }).fill(printedCode);
    await admin.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
    await admin.waitForURL((url) => url.searchParams.get("q") === printedCode);
    await admin.getByRole("status").filter({ hasText: "1 certificate" }).waitFor();
    const row = admin.getByRole("main").getByRole("row").filter({ hasText: printedCode });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("Samuel Taylor");
    await row.locator("summary", { hasText: "Revoke…" }).click();
    const reason = "Issued by mistake during the end-to-end test.";
    await row.getByLabel("Reason", { exact: true }).fill(reason);
    await row.getByRole("button", { name: "Revoke certificate", exact: true }).click();
    await admin.waitForURL((url) => url.searchParams.get("revoked") === code);
    await admin
      .getByRole("status")
      .filter({ hasText: `Certificate ${printedCode} is revoked.` })
      .waitFor();
    const revokedRow = admin.getByRole("main").getByRole("row").filter({ hasText: printedCode });
    expect(await revokedRow.textContent()).toContain(`Reason: ${reason}`);

    // 10. The check page now says revoked (to anyone), and Sam's page marks it revoked.
    await visitor.goto(`${hub.url}/verify/${code}`);
    await visitor.getByRole("heading", { level: 2, name: /This certificate was revoked/ }).waitFor();
    expect(await visitor.getByRole("main").textContent()).not.toContain(reason);
    await sam.goto(`${hub.url}/my/certificates`);
    expect(await certificate.getByText("Revoked", { exact: true }).count()).toBe(1);
    // Dates worded on the server and again in the browser came out the same, so every page hydrated cleanly.
    expect(pageErrors).toEqual([]);

    console.info(`[e2e] credentials journey on ${engine}: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  });

  it("the attendance, certificates, compliance and verify pages have no axe violations, in English and Spanish", async () => {
    expect(attendanceUrl, "the journey reached the attendance page").not.toBe("");
    const problems: string[] = [];
    const check = async (page: Page, path: string, language: Language) => {
      const response = await page.goto(path.startsWith("http") ? path : `${hub.url}${path}`);
      expect(response?.status(), `${path} answered`).toBe(200);
      expect(await pageLanguage(page), `${path} language`).toBe(language);
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`${language} — ${report.summary}`);
    };
    for (const language of ["en", "es"] as const) {
      await check(trainer, attendanceUrl, language);
      await check(sam, "/my/certificates", language);
      await check(sam, "/my/certifications", language);
      await check(visitor, `/verify/${code}`, language);
      // The credential checker with its report (the credential is revoked by now, so one check fails).
      await checkPasted(visitor, language);
      const report = await checkAccessibility(visitor);
      if (report.violations.length > 0) problems.push(`${language} /verify (report) — ${report.summary}`);
      if (language === "en") {
        // The header's language button, as a person would press it, on each person's browser.
        for (const page of [trainer, sam, visitor]) await switchLanguage(page, "en");
      }
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  });
});
