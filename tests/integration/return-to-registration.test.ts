// A newcomer keeps the training they picked, over HTTP on both engines: the sign-in page for a registration offers a free
// account and signing in as equals; the return address rides through sign-up, the confirmation link, a resent one and the
// sign-in link; confirming lands on the registration with "Continue registering for …"; a foreign address never rides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { requestMagicLink } from "#features/accounts/request-magic-link.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";

const PASSWORD = "a long enough password";

function text(html: string): string {
  return html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

describe.each(enginesUnderTest())("return to the registration on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let counter = 0;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  const get = async (path: string, cookie = "") => {
    const response = await fetch(`${http.url}${path}`, { headers: { cookie }, redirect: "manual" });
    return {
      status: response.status,
      location: response.headers.get("location"),
      cookies: response.headers.getSetCookie(),
      html: text(await response.text()),
    };
  };
  const post = async (path: string, fields: Array<[string, string]>) => {
    const response = await fetch(`${http.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      cookies: response.headers.getSetCookie(),
    };
  };
  /** The link to `pathname` in the newest mail to this address, as a path with its query. */
  async function mailedLink(email: string, pathname: string): Promise<URL> {
    const mails = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, email))
      .orderBy(asc(schema.outboxMessage.createdAt));
    const found = [...(mails.at(-1)?.text ?? "").matchAll(/https?:\/\/[^\s<>"]+/g)]
      .map((match) => new URL(match[0]))
      .find((url) => url.pathname === pathname);
    if (!found) throw new Error(`No ${pathname} link mailed to ${email}`);
    return found;
  }
  const cookieOf = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]).join("; ");

  async function training(status: "published" | "draft" = "published") {
    const course = await seedCourse(services.db, { titleEn: "Core Training", titleEs: "Capacitación básica" });
    const session = await seedSession(services.db, course.id, {
      overrides: { status, priceTiers: [{ kind: "free", amountCents: 0 }] },
    });
    return { id: session.id, register: `/trainings/${session.id}/register` };
  }

  it("offers a free account and signing in as equals on the way to a registration, naming the training", async () => {
    const { register } = await training();
    const page = await get(`/sign-in?next=${encodeURIComponent(register)}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain("<h1>To register, sign in or create a free account</h1>");
    expect(page.html).toContain("You're registering for Core Training.");
    expect(page.html).toContain(`href="/sign-up?next=${encodeURIComponent(register)}"`);
    expect(page.html).toContain(`<h2 id="new-account-title">New here</h2>`);
    expect(page.html).toContain(`<h2 id="have-account-title">I have an account</h2>`);
    expect(page.html).toContain(`href="/sign-in/link?next=${encodeURIComponent(register)}"`);

    const spanish = await get(`/sign-in?next=${encodeURIComponent(register)}`, "ips.lang=es");
    expect(spanish.html).toContain("Para inscribirte, inicia sesión o crea una cuenta gratuita");
    expect(spanish.html).toContain("Capacitación básica");

    // A draft is nobody's registration yet: the ordinary sign-in page, which does not name it.
    const draft = await training("draft");
    const plain = await get(`/sign-in?next=${encodeURIComponent(draft.register)}`);
    expect(plain.html).toContain("<h1>Sign in</h1>");
    expect(plain.html).not.toContain("To register, sign in");
  });

  it("carries the registration through sign-up and the confirmation link, and confirming lands on it", async () => {
    const { register } = await training();
    const email = `newcomer-${++counter}@example.org`;
    const signUpPage = await get(`/sign-up?next=${encodeURIComponent(register)}`);
    expect(signUpPage.html).toContain("we'll bring you back to register for Core Training");
    expect(signUpPage.html).toContain(`name="next" value="${register}"`);

    const created = await post("/sign-up", [
      ["name", "Noor"],
      ["email", email],
      ["password", PASSWORD],
      ["next", register],
    ]);
    expect(created.location).toBe("/check-email?for=sign-up");
    const link = await mailedLink(email, "/verify-email");
    expect(link.searchParams.get("next")).toBe(register);

    const confirmed = await get(`${link.pathname}${link.search}`);
    expect(confirmed.status).toBe(302);
    expect(confirmed.location).toBe(`${register}?welcome=1`);
    const form = await get(confirmed.location!, cookieOf(confirmed.cookies));
    expect(form.status).toBe(200);
    expect(form.html).toContain("Continue registering for Core Training below.");

    // The link followed again (already used) goes to the sign-in page that still remembers the training.
    const again = await get(`${link.pathname}${link.search}`);
    expect(again.location).toBe(`/sign-in?notice=confirmed&next=${encodeURIComponent(register)}`);
  });

  it("carries it through a resent confirmation and a sign-in link, and never carries another site's address", async () => {
    const { register } = await training();
    const unconfirmed = `unconfirmed-${++counter}@example.org`;
    await post("/sign-up", [
      ["name", "Ama"],
      ["email", unconfirmed],
      ["password", PASSWORD],
      ["next", "https://evil.example/phish"],
    ]);
    expect((await mailedLink(unconfirmed, "/verify-email")).searchParams.has("next")).toBe(false);
    await resendVerification(services, { email: unconfirmed, ip: "10.9.0.1", next: register });
    expect((await mailedLink(unconfirmed, "/verify-email")).searchParams.get("next")).toBe(register);
    // An unconfirmed person who asks for a sign-in link gets a confirmation that remembers the training too.
    await requestMagicLink(services, { email: unconfirmed, ip: "10.9.0.2", headers: new Headers(), next: register });
    expect((await mailedLink(unconfirmed, "/verify-email")).searchParams.get("next")).toBe(register);

    const email = `member-${counter}@example.org`;
    await createAccount(services.db, { email, name: "Member", password: PASSWORD }, { userId: null, label: "test" });
    await requestMagicLink(services, { email, ip: "10.9.0.3", headers: new Headers(), next: register });
    const link = await mailedLink(email, "/magic-link");
    expect(link.searchParams.get("next")).toBe(register);
    const page = await get(`${link.pathname}${link.search}`);
    expect(page.html).toContain(`name="next" value="${register}"`);
    const signedIn = await post("/magic-link", [
      ["token", link.searchParams.get("token")!],
      ["next", register],
    ]);
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).toBe(register);

    await requestMagicLink(services, { email, ip: "10.9.0.4", headers: new Headers(), next: "//evil.example" });
    expect((await mailedLink(email, "/magic-link")).searchParams.has("next")).toBe(false);
  });
});
