// POST /auth/token: trades an email and password for a 30-day personal access token, without opening a browser session.
import { API_TOKEN_DAYS, API_TOKEN_NAME, issueApiToken } from "#features/tokens/issue-api-token.ts";
import { defineEndpoint } from "../endpoint.ts";
import { IssuedToken, TokenRequest } from "../schemas.ts";

export const issueToken = defineEndpoint({
  operationId: "issueToken",
  tag: "Authentication",
  summary: "Get an access token with an email and password",
  description:
    `Checks the email and password of an account whose email is confirmed and returns a new personal access token named "${API_TOKEN_NAME}", ` +
    `valid for ${API_TOKEN_DAYS} days. Send it as \`Authorization: Bearer <token>\` on later calls. ` +
    "The token is shown only in this response; it appears (without its secret) on the person's account page, where it can be revoked. " +
    "A wrong password and an unknown email get the same answer. Attempts are limited per account and per address.",
  request: { body: TokenRequest },
  response: { status: 201, description: "A new token was created.", schema: IssuedToken },
  problems: {
    unauthorized: "The email or password is not right (the same answer whether or not the account exists).",
    forbidden: "The password is right but the email address is not confirmed yet.",
    "rate-limited":
      "Too many attempts for this account or from this address; wait for the number of seconds in `Retry-After`.",
  },
  async handle({ services, body, clientIp, actor }) {
    const issued = await issueApiToken(services, { email: body.email, password: body.password, ip: clientIp, actor });
    return { body: { token: issued.token, expiresAt: issued.expiresAt.toISOString() } };
  },
});
