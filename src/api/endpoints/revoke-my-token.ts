// DELETE /me/tokens/{id}: revokes one of the caller's tokens at once (it may be the one making the call).
import { revokePersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { defineEndpoint } from "../endpoint.ts";
import { TokenIdParams } from "../schemas.ts";

export const revokeMyToken = defineEndpoint({
  operationId: "revokeMyToken",
  tag: "Your account",
  summary: "Revoke one of your access tokens",
  description:
    "Stops a token from working, right away. You can revoke the token you are calling with. The token stays in your list, marked as revoked.",
  request: { params: TokenIdParams },
  response: { status: 204, description: "The token is revoked." },
  problems: {
    "not-found": "You have no active token with this id (it may be revoked already, or belong to someone else).",
  },
  async handle({ services, viewer, params, actor }) {
    await revokePersonalAccessToken(services.db, {
      userId: viewer.userId,
      tokenId: params.id,
      now: services.now(),
      actor,
    });
    return { body: undefined };
  },
});
