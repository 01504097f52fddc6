// The calm page shown while the hub can't reach its database: plain HTML that needs nothing from the database, with
// Retry-After, so people and proxies know to come back rather than seeing "something went wrong".
import type { Locale } from "#core/locale.ts";
import { DATABASE_RETRY_AFTER_SECONDS } from "#db/connection-errors.ts";
import { translator } from "#i18n/translate.ts";

export function unavailableResponse(locale: Locale, headers: Headers = new Headers()): Response {
  const t = translator(locale);
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const title = escape(t("errors.unavailable.title"));
  const body = `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escape(t("errors.unavailable.body"))}</p></main></body></html>`;
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  headers.set("Cache-Control", "no-store");
  return new Response(body, { status: 503, headers });
}
