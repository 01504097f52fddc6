// Sets a new password from a reset link; the link works once, and every other session of the person ends.
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { authErrorCode } from "./auth-responses.ts";
import { MIN_PASSWORD_LENGTH } from "./create-account.ts";
import { MAX_PASSWORD_LENGTH } from "./sign-up.ts";

export type ResetPasswordResult = { status: "changed" } | { status: "invalid-link" };

export async function resetPassword(services: Services, input: { token: string; newPassword: string }): Promise<ResetPasswordResult> {
  if (input.newPassword.length < MIN_PASSWORD_LENGTH)
    throw new AppError("invalid", "Password too short", { fields: [{ path: "password", message: "password_too_short" }] });
  if (input.newPassword.length > MAX_PASSWORD_LENGTH)
    throw new AppError("invalid", "Password too long", { fields: [{ path: "password", message: "password_too_long" }] });
  if (!input.token) return { status: "invalid-link" };
  try {
    await services.auth.api.resetPassword({ body: { token: input.token, newPassword: input.newPassword } });
    return { status: "changed" };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_TOKEN" || code === "USER_NOT_FOUND") return { status: "invalid-link" };
    throw error;
  }
}
