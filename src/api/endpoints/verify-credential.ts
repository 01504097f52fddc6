// POST /credentials/verify: checks a credential from any issuer (an embedded Data Integrity proof or a VC-JWT); anyone may ask.
import { verifyAnyCredential } from "#features/credentials/verify-any-credential.ts";
import { describeCheck } from "#features/credentials/describe-check.ts";
import { translator } from "#i18n/translate.ts";
import { defineEndpoint } from "../endpoint.ts";
import { VerificationReport, VerifyCredentialRequest } from "../credential-schemas.ts";

export const verifyCredential = defineEndpoint({
  operationId: "verifyCredential",
  tag: "Credentials",
  summary: "Verify a credential",
  description:
    "Checks a credential from any issuer, sent as `credential` (the JSON with its embedded `eddsa-rdfc-2022` Data Integrity " +
    "proof, or a VC-JWT string) or as `jwt`: the proof against the keys its issuer publishes at its own address (fetched over " +
    "https with a time limit; never from private network addresses; this hub's own keys are read directly), that the key " +
    "speaks for the issuer, that today is within `validFrom`/`validUntil`, that its bit in the issuer's status list is not " +
    "set, and that an Open Badges credential meets 1EdTech's OB 3.0 JSON schema. The credential is not sent anywhere. " +
    "Always answers 200 with a report; `valid` is true only when every check that applies passed.",
  request: { body: VerifyCredentialRequest },
  response: { status: 200, description: "The verification report.", schema: VerificationReport },
  async handle({ services, body }) {
    const report = await verifyAnyCredential(services, { credential: body.credential ?? body.jwt ?? "" });
    const t = translator("en");
    return {
      body: {
        ...report,
        checks: report.checks.map((check) => ({
          name: check.name,
          ok: check.ok,
          reason: check.reason,
          detail: describeCheck(t, check, (iso) => iso),
        })),
      },
    };
  },
});
