// What the registration browser tests share: the demo hub's API as an admin sets up a scenario, and reading offer mails.
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import type { CapturedMail } from "../../support/smtp.ts";
import { DEMO_PASSWORD } from "./pages.ts";

/** A personal access token for a demo account, from POST /api/v1/auth/token. */
export async function apiToken(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status, `a token for ${email}`).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** Calls the API and fails with its problem document when the status is not the expected one. */
export async function callApi<T>(
  baseUrl: string,
  path: string,
  options: { token?: string; method?: string; body?: unknown; status?: number } = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: {
      Accept: "application/json",
      ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  expect(response.status, `${options.method ?? "GET"} ${path} answered ${text}`).toBe(options.status ?? 200);
  return (text ? JSON.parse(text) : null) as T;
}

export type ApiSeats = { capacity: number; confirmed: number; held: number; available: number; waitlisted: number };
export type ApiSession = {
  id: string;
  course: { slug: string; title: { en: string; es: string }; requiresApproval: boolean };
  format: string;
  language: string;
  seats: ApiSeats;
  trainers?: { id: string; name: string; role: string }[];
};

/** The published upcoming sessions the catalog lists (the demo has fewer than one page of them). */
export async function listSessions(baseUrl: string, query = ""): Promise<ApiSession[]> {
  return (await callApi<{ sessions: ApiSession[] }>(baseUrl, `/sessions${query ? `?${query}` : ""}`)).sessions;
}

export async function readSession(baseUrl: string, id: string): Promise<ApiSession> {
  return callApi<ApiSession>(baseUrl, `/sessions/${id}`);
}

/** The demo session of a course in a format (the demo has one of each that the tests use). */
export async function demoSession(baseUrl: string, slug: string, format: string, language = "en"): Promise<ApiSession> {
  const found = (await listSessions(baseUrl)).filter(
    (s) => s.course.slug === slug && s.format === format && s.language === language,
  );
  expect(
    found.map((s) => s.id),
    `one ${format} ${slug} session in ${language}`,
  ).toHaveLength(1);
  return found[0]!;
}

/** A demo trainer's account id, read from the trainers of the published demo sessions. */
export async function trainerId(baseUrl: string, name: string): Promise<string> {
  for (const listed of await listSessions(baseUrl)) {
    const trainer = (await readSession(baseUrl, listed.id)).trainers?.find((t) => t.name === name);
    if (trainer) return trainer.id;
  }
  throw new Error(`No published demo session is trained by ${name}`);
}

/** A meeting day `days` from now, 09:00–15:00 in Portland (17:00–23:00 UTC in winter, 16:00–22:00 in summer: either is fine). */
export function meetingInDays(days: number): { startsAt: string; endsAt: string } {
  const day = new Date(Date.now() + days * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  return { startsAt: `${date}T17:00:00Z`, endsAt: `${date}T23:00:00Z` };
}

/** The address after "label:" in a mail's plain-text part (the mails list each action as "Label: https://…"). */
export function linkAfter(mail: CapturedMail, label: string): URL {
  for (const line of mail.text.split(/\r?\n/)) {
    const at = line.indexOf(`${label}: `);
    if (at === -1) continue;
    const match = /https?:\/\/\S+/.exec(line.slice(at + label.length + 2));
    if (match) return new URL(match[0]);
  }
  throw new Error(`No "${label}" link in the mail "${mail.subject}":\n${mail.text}`);
}

/**
 * The calendar parts of a mail: the hub sends an invitation both as an alternative text/calendar part (mail programs
 * show "add to calendar" from it) and as an .ics file.
 */
export function calendarParts(mail: CapturedMail): { filename: string; contentType: string; text: string }[] {
  return mail.parsed.attachments
    .filter((a) => /^(text\/calendar|application\/ics)/i.test(a.contentType) || (a.filename ?? "").endsWith(".ics"))
    .map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, text: a.content.toString("utf8") }));
}

/** Fails unless the mail carries a calendar file (.ics) and every calendar part invites to the session's meetings (one event each). */
export function expectInvitation(mail: CapturedMail, meetings: number): void {
  const parts = calendarParts(mail);
  const described = parts.map((p) => `${p.contentType} "${p.filename}"`).join(", ") || "none";
  expect(
    parts.some((part) => part.filename.endsWith(".ics")),
    `an .ics file in "${mail.subject}" (parts: ${described})`,
  ).toBe(true);
  for (const part of parts) {
    expect(part.text).toContain("METHOD:REQUEST");
    expect(part.text.match(/BEGIN:VEVENT/g)?.length, `events in ${part.contentType}`).toBe(meetings);
  }
}

/** One training's card on /my/trainings, found by the training's title in its heading. */
export function myTrainingCard(page: Page, title: string): Locator {
  return page
    .locator("li.my-training")
    .filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

/** Clicks a control that leads to another page and waits for that page's address and for a sign that it rendered. */
export async function clickAndWait(
  page: Page,
  control: Locator,
  arrived: (url: URL) => boolean,
  rendered: Locator,
): Promise<void> {
  await Promise.all([page.waitForURL(arrived), control.click()]);
  await rendered.waitFor();
}
