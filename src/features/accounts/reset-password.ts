// Sets a new password from a reset link; the link works once, and every other session of the person ends.
import { z } from "zod";
import type { Services } from "#platform/services.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { authErrorCode } from "./auth-responses.ts";
import { newPasswordField } from "./credential-fields.ts";

export type ResetPasswordResult = { status: "changed" } | { status: "invalid-link" };

/** The page's field is "password"; the link's token is not something a person types, so a bad one is a bad link. */
const resetInput = z.object({ password: newPasswordField });

export async function resetPassword(
  services: Services,
  input: { token: string; newPassword: string },
): Promise<ResetPasswordResult> {
  const { password } = parseInput(resetInput, { password: input.newPassword });
  if (!input.token || input.token.length > 200) return { status: "invalid-link" };
  try {
    await services.auth.api.resetPassword({ body: { token: input.token, newPassword: password } });
    return { status: "changed" };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_TOKEN" || code === "USER_NOT_FOUND") return { status: "invalid-link" };
    throw error;
  }
}
