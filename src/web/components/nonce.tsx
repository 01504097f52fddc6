// What the server knows about the document before any loader runs: the CSP nonce and the request's language.
// Error pages (a 403 from the root middleware) render without loader data, so they read the language here.
import { createContext, useContext, type ReactNode } from "react";
import { defaultLocale, isLocale, type Locale } from "#core/locale.ts";

type DocumentFacts = { nonce: string; locale: Locale; timeZone: string };

const DocumentContext = createContext<DocumentFacts | null>(null);

export function DocumentProvider({ value, children }: { value: DocumentFacts; children: ReactNode }) {
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}

export function useNonce(): string {
  return useContext(DocumentContext)?.nonce ?? "";
}

/** On the server, the request's language; in the browser, the one the server wrote into <html lang>. */
export function useDocumentLocale(): { locale: Locale; timeZone: string } {
  const facts = useContext(DocumentContext);
  if (facts) return { locale: facts.locale, timeZone: facts.timeZone };
  const lang = typeof document === "undefined" ? null : document.documentElement.lang;
  return { locale: isLocale(lang) ? lang : defaultLocale, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
