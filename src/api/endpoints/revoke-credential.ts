// POST /credentials/{id}/revoke: a hub admin revokes a credential with a reason; verification fails from then on.
import { revokeCredential as revoke } from "#features/credentials/revoke-credential.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CredentialIdParams, RevokeCredentialRequest, RevokedCredential } from "../credential-schemas.ts";

export const revokeCredential = defineEndpoint({
  operationId: "revokeCredential",
  tag: "Credentials",
  summary: "Revoke a credential",
  description:
    "Marks the credential revoked with your reason (kept for admins only; the public verification page shows just the date). " +
    "Its bit in the revocation status list is set at once, so `POST /credentials/verify` and any verifier reading the list see it. " +
    "The revocation is recorded in the audit log under your name.",
  request: { params: CredentialIdParams, body: RevokeCredentialRequest },
  response: { status: 200, description: "The credential is revoked.", schema: RevokedCredential },
  problems: { "not-found": "No credential has this id.", conflict: "The credential is already revoked." },
  async handle({ services, viewer, params, body, actor }) {
    const revoked = await revoke(
      services.db,
      { viewer, credentialId: params.id, reason: body.reason, now: services.now() },
      actor,
    );
    return {
      body: {
        id: revoked.id,
        code: revoked.code,
        status: "revoked" as const,
        revokedAt: revoked.revokedAt.toISOString(),
      },
    };
  },
});
