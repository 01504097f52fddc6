// Steps the browser tests share, written the way a person does them: by visible labels and button names.
import { expect } from "vitest";
import type { Page } from "playwright-core";

export const DEMO_PASSWORD = "peer-support-demo";

/** The visible words the steps look for, per page language. */
export const words = {
  en: {
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    signOut: "Sign out",
    switchLanguage: "Español",
    quickExit: "Quick exit",
  },
  es: {
    email: "Correo electrónico",
    password: "Contraseña",
    signIn: "Iniciar sesión",
    signOut: "Cerrar sesión",
    switchLanguage: "English",
    quickExit: "Salida rápida",
  },
} as const;

export type Language = keyof typeof words;

export async function pageLanguage(page: Page): Promise<string | null> {
  return page.locator("html").getAttribute("lang");
}

/** Signs in with the form on /sign-in (works with and without JavaScript); ends on the page the hub sends people to. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
  language: Language = "en",
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const main = page.getByRole("main");
  await main.getByLabel(words[language].email, { exact: true }).fill(email);
  await main.getByLabel(words[language].password, { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/sign-in"),
    main.getByRole("button", { name: words[language].signIn, exact: true }).click(),
  ]);
}

/** Presses the header's language button and waits for the page to come back in the other language. */
export async function switchLanguage(page: Page, from: Language): Promise<void> {
  const to: Language = from === "en" ? "es" : "en";
  await page.getByRole("banner").getByRole("button", { name: words[from].switchLanguage, exact: true }).click();
  await expect.poll(() => pageLanguage(page), { timeout: 15_000 }).toBe(to);
}
