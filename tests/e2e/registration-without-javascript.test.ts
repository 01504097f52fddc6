// Finding a training, registering (including a refused first try) and cancelling all work with JavaScript turned off.
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn } from "./support/pages.ts";
import { clickAndWait, demoSession, myTrainingCard, readSession, type ApiSession } from "./support/registration.ts";

const OVERVIEW = "Overview of Intentional Peer Support";
/** The demo's online Overview in English: free, 30 seats, with a join link for confirmed people. */
const JOIN_URL = "https://meet.example.org/ips-overview-spring";

describeEndToEnd("registration without JavaScript", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;
  let overview: ApiSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser({ javaScriptEnabled: false });
    overview = await demoSession(hub.url, "ips-overview", "online", "en");
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  it("searches, registers after a refused first try, sees the seat and the join link, and cancels", async () => {
    const { page } = session;
    const main = page.getByRole("main");
    await signIn(page, hub.url, "kai@example.org", DEMO_PASSWORD);
    const seatsBefore = (await readSession(hub.url, overview.id)).seats;

    // 1. The catalog's search form is a plain GET form.
    await page.goto(`${hub.url}/trainings`);
    const search = page.getByRole("search");
    await search.getByLabel("Search", { exact: true }).fill("overview");
    // The filters sit behind a disclosure, so the results come first on a phone.
    await search.getByText("Filters", { exact: true }).click();
    await search.getByLabel("Format", { exact: true }).selectOption({ label: "Online" });
    await search.getByLabel("Language", { exact: true }).selectOption({ label: "English" });
    await clickAndWait(
      page,
      search.getByRole("button", { name: "Show trainings" }),
      (url) =>
        url.searchParams.get("q") === "overview" &&
        url.searchParams.get("format") === "online" &&
        url.searchParams.get("language") === "en",
      main.getByRole("heading", { level: 2, name: "1 training" }),
    );
    expect(await search.getByLabel("Search", { exact: true }).inputValue(), "the search stays in the box").toBe(
      "overview",
    );

    // 2. From the card to the session page to its registration form.
    await clickAndWait(
      page,
      main.getByRole("link", { name: OVERVIEW }),
      (url) => url.pathname === `/trainings/${overview.id}`,
      main.getByRole("heading", { level: 1, name: OVERVIEW }),
    );
    await main.getByText(`${seatsBefore.available} seats left`).waitFor();
    await clickAndWait(
      page,
      main.getByRole("link", { name: "Register", exact: true }),
      (url) => url.pathname === `/trainings/${overview.id}/register`,
      main.getByText("This training is free."),
    );

    // 3. Sending it without the consent line comes back with the reason, tied to the checkbox, and nothing registered.
    await main.getByLabel("Anything that would help you take part (optional)").fill("Captions, please.");
    await main.getByRole("button", { name: "Register", exact: true }).click();
    await main.locator(".error-summary").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/trainings/${overview.id}/register`);
    const consent = main.getByLabel("I understand what is kept and who sees it.");
    expect(await consent.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await consent.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, "the error is read with the checkbox").toBeTruthy();
    expect((await main.locator(`[id="${errorId}"]`).textContent())?.trim()).toBeTruthy();
    expect(
      await main.getByLabel("Anything that would help you take part (optional)").inputValue(),
      "what was typed is kept",
    ).toBe("Captions, please.");
    expect((await readSession(hub.url, overview.id)).seats.confirmed).toBe(seatsBefore.confirmed);

    // 4. With the consent line ticked the seat is Kai's: My trainings says so and shows how to join.
    await consent.check();
    await clickAndWait(
      page,
      main.getByRole("button", { name: "Register", exact: true }),
      (url) => url.pathname === "/my/trainings" && url.searchParams.has("done"),
      main.getByText("You're in. We have emailed you a confirmation with a calendar invitation."),
    );
    const card = myTrainingCard(page, OVERVIEW);
    await card.getByText("You're in", { exact: true }).waitFor();
    expect(await card.getByRole("link", { name: JOIN_URL }).count()).toBe(1);
    expect((await readSession(hub.url, overview.id)).seats).toMatchObject({
      confirmed: seatsBefore.confirmed + 1,
      available: seatsBefore.available - 1,
    });

    // The session page now tells Kai where they stand instead of offering to register again.
    await page.goto(`${hub.url}/trainings/${overview.id}`);
    await main.getByText("You are registered. See you there!").waitFor();
    expect(await main.getByRole("link", { name: "Register", exact: true }).count()).toBe(0);

    // 5. Cancelling opens with a plain <details> and confirms with a form.
    await page.goto(`${hub.url}/my/trainings`);
    await card.locator("summary", { hasText: "Cancel my place" }).click();
    await clickAndWait(
      page,
      card.getByRole("button", { name: "Yes, cancel my place" }),
      (url) => url.searchParams.get("notice") === "cancelled",
      main.getByText("Your place is cancelled, and the seat goes to the next person in line.", { exact: false }),
    );
    expect(await myTrainingCard(page, OVERVIEW).count()).toBe(0);
    const past = page
      .locator("li.my-training-past")
      .filter({ has: page.getByRole("heading", { level: 3, name: OVERVIEW, exact: true }) });
    await past.getByText("Cancelled", { exact: true }).waitFor();
    expect((await readSession(hub.url, overview.id)).seats).toMatchObject({
      confirmed: seatsBefore.confirmed,
      available: seatsBefore.available,
    });
  });
});
