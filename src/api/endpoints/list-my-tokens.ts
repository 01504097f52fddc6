// GET /me/tokens: the caller's personal access tokens, without their secrets.
import { listPersonalAccessTokens } from "#features/tokens/personal-access-tokens.ts";
import { defineEndpoint } from "../endpoint.ts";
import { TokenList } from "../schemas.ts";

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const listMyTokens = defineEndpoint({
  operationId: "listMyTokens",
  tag: "Your account",
  summary: "List your access tokens",
  description:
    "Lists every personal access token you have, newest first, including revoked and expired ones. The secret part is never shown again; `lastFour` helps tell tokens apart.",
  response: { status: 200, description: "The caller's tokens.", schema: TokenList },
  async handle({ services, viewer }) {
    const tokens = await listPersonalAccessTokens(services.db, viewer.userId);
    return {
      body: {
        tokens: tokens.map((token) => ({
          id: token.id,
          name: token.name,
          lastFour: token.lastFour,
          createdAt: token.createdAt.toISOString(),
          expiresAt: iso(token.expiresAt),
          lastUsedAt: iso(token.lastUsedAt),
          revokedAt: iso(token.revokedAt),
        })),
      },
    };
  },
});
