// Signs a credential as a VC-JWT the way Open Badges 3.0 §8.2 describes (decision 0009): the credential is the payload.
import { SignJWT, type JWTPayload } from "jose";
import type { OpenBadgeCredential } from "#core/open-badges.ts";
import { keyIdUri, type SigningKey } from "./signing-keys.ts";

/** The claims OB 3.0 maps from the credential; a verifier checks each against the credential it carries. */
export function jwtClaimsFor(credential: {
  id: string;
  issuer: { id: string } | string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id?: string };
}) {
  const issuer = typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id;
  return {
    iss: issuer,
    jti: credential.id,
    ...(credential.credentialSubject.id ? { sub: credential.credentialSubject.id } : {}),
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    ...(credential.validUntil ? { exp: Math.floor(Date.parse(credential.validUntil) / 1000) } : {}),
  };
}

/** Any credential-shaped document (an OpenBadgeCredential, the status list) as a compact JWS signed with `key`. */
export async function signCredentialJwt(
  credential: OpenBadgeCredential | (Record<string, unknown> & Parameters<typeof jwtClaimsFor>[0]),
  key: SigningKey,
  publicUrl: string,
): Promise<string> {
  const payload = { ...credential, ...jwtClaimsFor(credential) } as unknown as JWTPayload;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "EdDSA", kid: keyIdUri(publicUrl, key.id), typ: "JWT" })
    .sign(key.privateKey);
}
