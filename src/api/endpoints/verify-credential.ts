// POST /credentials/verify: checks a VC-JWT against the hub's own keys and revocation list; anyone may ask.
import { verifyCredentialJwt } from "#features/credentials/verify-credential.ts";
import { defineEndpoint } from "../endpoint.ts";
import { VerificationReport, VerifyCredentialRequest } from "../credential-schemas.ts";

export const verifyCredential = defineEndpoint({
  operationId: "verifyCredential",
  tag: "Credentials",
  summary: "Verify a credential",
  description:
    "Checks a VC-JWT this hub issued: the EdDSA signature against the hub's published keys (`/.well-known/jwks.json`, retired keys " +
    "included), that the hub is its issuer, that today is within `validFrom`/`validUntil`, and that its bit in the revocation " +
    "status list is not set. Always answers 200 with a report; `valid` is true only when every check passed. You can also verify " +
    "without this endpoint, with any JOSE library and the published keys.",
  request: { body: VerifyCredentialRequest },
  response: { status: 200, description: "The verification report.", schema: VerificationReport },
  async handle({ services, body }) {
    return { body: await verifyCredentialJwt(services, { jwt: body.jwt }) };
  },
});
