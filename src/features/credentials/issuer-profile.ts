// The documents a verifier or wallet reads from the hub's address: the issuer's Profile (also the controller document
// listing the keys that sign for it) and each key as a Multikey document.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { translator } from "#i18n/translate.ts";
import { issuerProfileDocument, multikeyDocument, verificationMethodUrls } from "./data-integrity.ts";

/** How the Profile is served, at the issuer id and at /credentials/issuer alike. */
export const ISSUER_PROFILE_HEADERS = {
  "Content-Type": "application/ld+json; charset=utf-8",
  // A new key is listed within the hour; a verifier meeting an unknown key reads the key's own URL anyway.
  "Cache-Control": "public, max-age=3600",
  "Access-Control-Allow-Origin": "*",
  Vary: "Accept",
};

type ProfileServices = { db: Executor; config: { publicUrl: string } };

/** The issuer's public Profile at the issuer id (name, address, email, image, a description in English and Spanish). */
export async function readIssuerProfile(services: ProfileServices): Promise<Record<string, unknown>> {
  const hub = await readHubSettingsForPages(services.db);
  const describe = (locale: "en" | "es") =>
    [translator(locale)("credentials.issuer.description", { name: hub.name }), hub.tagline?.trim()]
      .filter(Boolean)
      .join(" ");
  return issuerProfileDocument({
    publicUrl: services.config.publicUrl,
    name: hub.name,
    email: hub.contactEmail,
    imageUrl: hub.logoUrl,
    description: { en: describe("en"), es: describe("es") },
    verificationMethods: await verificationMethodUrls(services.db, services.config.publicUrl),
  });
}

/** One signing key as a Multikey verification method, or null when the hub has no key with that id. */
export async function readVerificationMethod(
  services: ProfileServices,
  keyId: string,
): Promise<Record<string, unknown> | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(keyId)) return null;
  const [row] = await services.db
    .select({ id: schema.signingKey.id, publicJwk: schema.signingKey.publicJwk })
    .from(schema.signingKey)
    .where(eq(schema.signingKey.id, keyId));
  return row ? multikeyDocument(services.config.publicUrl, row) : null;
}
