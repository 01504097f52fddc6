// A Spanish visitor sees no English on the demo hub's home, catalog and session pages, except text marked lang="en"
// (a hub-written text nobody translated yet, which LocalizedText marks: decision 0041). The check walks every text node
// and the read-aloud attributes (aria-label, alt, title, placeholder) whose nearest lang is not "en", and looks for
// English words that are not also Spanish words: function words ("the", "with", "your") and the hub's own vocabulary
// ("training", "register", "seats"). One such word is enough to fail, so a missed message key cannot hide.
import ICAL from "ical.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn } from "./support/pages.ts";
import { apiToken, callApi, meetingInDays, trainerId, type ApiSession } from "./support/registration.ts";

/** English words that are never Spanish words; "a", "no", "me", "he" and "son" are left out because they are both. */
const ENGLISH_ONLY = new Set(
  (
    "the and with your you our are is of to for from will this that these those have has what when where who which " +
    "by on at or an it we they their there here be been not can could should would about after before more than " +
    "training trainings register registration sign seats seat hours hour online free session sessions notes " +
    "accessibility taught english spanish welcome home learn support certificates certificate apply waitlist " +
    "schedule price trainers trainer lead course courses bring join meeting passcode captions break cameras optional"
  ).split(" "),
);

/** Proper names the demo hub uses in every language (the hub's name, a model's name); no English sentence. */
const NAMES = ["Cascadia IPS Hub", "Intentional Peer Support"];

type Finding = { page: string; text: string; words: string[] };

async function englishOn(page: Page, path: string): Promise<Finding[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const langOf = (element: Element | null) => element?.closest("[lang]")?.getAttribute("lang") ?? "";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A postal address is written as the post office wants it ("Portland, OR 97214") in every language.
      if (!parent || parent.closest("script, style, noscript, template, address")) continue;
      if (langOf(parent).startsWith("en")) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [alt], [title], [placeholder]")) {
      if (langOf(element).startsWith("en")) continue;
      for (const name of ["aria-label", "alt", "title", "placeholder"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  const findings: Finding[] = [];
  for (const raw of texts) {
    const text = NAMES.reduce((rest, name) => rest.split(name).join(" "), raw);
    const words = (text.toLowerCase().match(/[a-záéíóúñü]+/g) ?? []).filter((word) => ENGLISH_ONLY.has(word));
    if (words.length) findings.push({ page: path, text: raw, words });
  }
  return findings;
}

describeEndToEnd("Spanish all the way", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  it("shows no unmarked English on the home, catalog and every listed session page", async () => {
    const context = await session.browser.newContext({ locale: "es-ES" });
    const page = await context.newPage();
    const findings: Finding[] = [];
    for (const path of ["/", "/trainings"]) {
      await page.goto(`${hub.url}${path}`);
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
      findings.push(...(await englishOn(page, path)));
    }
    const sessions = [
      ...new Set(
        await page
          .locator('main a[href^="/trainings/"]')
          .evaluateAll((links) =>
            links.map((link) => link.getAttribute("href") ?? "").filter((href) => /^\/trainings\/[^/?#]+$/.test(href)),
          ),
      ),
    ];
    // The demo lists several sessions in both teaching languages; fewer would mean the walk checked too little.
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    for (const path of sessions) {
      await page.goto(`${hub.url}${path}`);
      findings.push(...(await englishOn(page, path)));
    }
    await context.close();
    expect(findings).toEqual([]);
  });

  it("shows a registered Spanish reader the joining details in Spanish on the session page, My trainings and the calendar", async () => {
    const join = {
      en: "Meeting ID 915 402 118 · Passcode harbor · Join 10 minutes early",
      es: "ID de reunión 915 402 118 · Clave puerto · Conéctate 10 minutos antes",
    };
    const access = { en: "Live captions; cameras optional.", es: "Subtítulos en directo; cámaras opcionales." };
    // An English-taught session written in both languages, scheduled through the API as an admin would.
    const scheduled = await callApi<ApiSession>(hub.url, "/sessions", {
      token: await apiToken(hub.url, "admin@example.org"),
      status: 201,
      body: {
        courseSlug: "ips-overview",
        timezone: "America/Los_Angeles",
        meetings: [meetingInDays(25)],
        format: "online",
        joinUrl: "https://meet.example.org/ips-harbor",
        joinDetails: join,
        accessibilityNotes: access,
        capacity: 8,
        status: "published",
        trainers: [{ userId: await trainerId(hub.url, "Maya Chen"), role: "lead" }],
      },
    });
    // Rosa (a demo participant who reads Spanish) takes a seat.
    const seat = await callApi<{ status: string }>(hub.url, `/sessions/${scheduled.id}/registrations`, {
      token: await apiToken(hub.url, "rosa@example.org"),
      body: {},
      status: 201,
    });
    expect(seat.status).toBe("confirmed");

    const context = await session.browser.newContext({ locale: "es-ES" });
    const page = await context.newPage();
    await signIn(page, hub.url, "rosa@example.org", DEMO_PASSWORD, "es");
    const findings: Finding[] = [];
    for (const path of [`/trainings/${scheduled.id}`, "/my/trainings"]) {
      await page.goto(`${hub.url}${path}`);
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
      const main = page.getByRole("main");
      expect(await main.getByText(join.es).isVisible(), `${path} shows the Spanish joining details`).toBe(true);
      expect(await main.getByText(join.en).count(), `${path} shows no English joining details`).toBe(0);
      findings.push(...(await englishOn(page, path)));
    }
    expect(findings).toEqual([]);

    // The calendar entry she downloads is in her language too, read the way a calendar program reads it.
    const download = await page.request.get(`${hub.url}/trainings/${scheduled.id}/calendar.ics`);
    expect(download.status()).toBe(200);
    const described = new ICAL.Component(ICAL.parse(await download.text()))
      .getAllSubcomponents("vevent")
      .map((event) => new ICAL.Event(event).description ?? "")
      .join("\n");
    expect(described).toContain(join.es);
    expect(described).toContain(access.es);
    expect(described).not.toContain(join.en);
    await context.close();
  });
});
