// What the account, admin and partner actions share: reading form fields, who is acting, and refusals as page state.
import { data } from "react-router";
import { isAppError } from "#platform/app-error.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import type { RequestContext } from "#web/request-context.ts";

/** What a form page gets back from its action: translated messages, and the values to show again (never a password). */
export type FormState = {
  errors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  /** Which of several forms on the page answered, so only that one shows the errors. */
  form?: string;
};

/** The first value of each field; checkboxes that share a name are read with `form.getAll`. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  return fields;
}

/** The audit log's "who": the signed-in person, their address and the request. */
export function actorOf(context: RequestContext): AuditActor {
  return { userId: context.viewer?.userId ?? null, label: context.viewer?.email, ip: context.clientIp, requestId: context.requestId };
}

const messageValues = { min: MIN_PASSWORD_LENGTH };

/**
 * A use case's refusals as page state and an HTTP status: fields that need attention (400), a conflict (409),
 * too many attempts (429), not allowed (403) or gone (404). Anything else is a real failure and is thrown on.
 */
export function describeFailure(error: unknown, t: Translate, options: { fieldPrefix?: string } = {}): { state: FormState; status: number } {
  if (!isAppError(error)) throw error;
  const prefix = options.fieldPrefix ?? "";
  if (error.code === "rate_limited") {
    const minutes = Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60));
    return { state: { formError: t("account.errors.rateLimited", { minutes }) }, status: 429 };
  }
  if ((error.code === "invalid" || error.code === "conflict") && error.details.fields?.length) {
    const errors: Record<string, string> = {};
    for (const field of error.details.fields) errors[prefix + field.path] ??= t(field.message as MessageKey, messageValues);
    return { state: { errors }, status: error.code === "invalid" ? 400 : 409 };
  }
  if (error.code === "forbidden") return { state: { formError: t("admin.errors.forbidden") }, status: 403 };
  if (error.code === "not_found") return { state: { formError: t("admin.errors.notFound") }, status: 404 };
  if (error.code === "conflict") return { state: { formError: t("admin.errors.conflict") }, status: 409 };
  throw error;
}

/** Runs an action's use case; a refusal comes back as the page's state with its status, so nothing typed is lost. */
export async function attempt<T>(
  work: () => Promise<T>,
  t: Translate,
  state: Omit<FormState, "errors" | "formError"> & { fieldPrefix?: string },
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<FormState>> }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const { fieldPrefix, ...kept } = state;
    const failure = describeFailure(error, t, { fieldPrefix });
    return { ok: false, response: data<FormState>({ ...kept, ...failure.state }, { status: failure.status }) };
  }
}

/** A loader's "no such thing" becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") throw data({ reason: "not_found" }, { status: 404 });
    throw error;
  }
}
