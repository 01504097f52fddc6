// What every form action shares: reading the posted fields, who is acting, and a use case's refusals as page state.
import { data } from "react-router";
import { isAppError } from "#platform/app-error.ts";
import { databaseRefusal } from "#features/validation/database-refusals.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import type { RequestContext } from "./request-context.ts";
import type { FormState } from "./components/forms.tsx";

export type { FormState };

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The one way a page action reads what was posted. A body that is not a form (JSON, plain text, broken multipart, or
 * cut short by the size limit in src/server/body-limits.ts) is the sender's mistake: it answers 415 or 400 with the
 * "couldn't read what was sent" page, never a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!formTypes.includes(type)) throw data(null, { status: 415 });
  try {
    return await request.formData();
  } catch {
    throw data(null, { status: 400 });
  }
}

/** The first value of each field; checkboxes that share a name are read with `form.getAll`. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  return fields;
}

/** The audit log's "who": the signed-in person, their address and the request. */
export function actorOf(context: RequestContext): AuditActor {
  return {
    userId: context.viewer?.userId ?? null,
    label: context.viewer?.email,
    ip: context.clientIp,
    requestId: context.requestId,
  };
}

export type FailureOptions = {
  /** Put before each field's name, when several forms on one page have fields of the same name. */
  fieldPrefix?: string;
  /** How "too many tries" is said on this page (the sign-in pages say more about why). */
  rateLimited?: MessageKey;
};

/** The sign-in, sign-up and recovery pages say more about why they pause: those are the attempts the limit protects. */
export const authPages: FailureOptions = { rateLimited: "auth.errors.rateLimited" };

/**
 * A use case's refusals as page state and an HTTP status: fields that need attention (400), a conflict (409),
 * too many attempts (429), not allowed (403) or gone (404). The database's own refusals of what was sent (a reference
 * to no row, a duplicate, a value the column cannot hold) count as the same refusals. Anything else is a real failure
 * and is thrown on.
 */
export function describeFailure(
  thrown: unknown,
  t: Translate,
  options: FailureOptions = {},
): { state: FormState; status: number } {
  const error = isAppError(thrown) ? thrown : databaseRefusal(thrown);
  if (!error) throw thrown;
  const prefix = options.fieldPrefix ?? "";
  if (error.code === "rate_limited") {
    const minutes = Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60));
    return { state: { formError: t(options.rateLimited ?? "account.errors.rateLimited", { minutes }) }, status: 429 };
  }
  if ((error.code === "invalid" || error.code === "conflict") && error.details.fields?.length) {
    const errors: Record<string, string> = {};
    // A plain detail (a use case shared with the CLI) is shown as it is.
    for (const field of error.details.fields)
      errors[prefix + field.path] ??= field.message === undefined ? field.detail : t(field.message, field.values);
    return { state: { errors }, status: error.code === "invalid" ? 400 : 409 };
  }
  // A refusal with a message key says why in the reader's language; a plain detail is English only, so it gets the general words.
  const own = error.key ? t(error.key, error.details.values) : null;
  // A refusal of the whole form (nothing to save, too many rows) rather than of one field.
  if (error.code === "invalid") return { state: { formError: own ?? t("admin.errors.invalid") }, status: 400 };
  if (error.code === "forbidden") return { state: { formError: own ?? t("admin.errors.forbidden") }, status: 403 };
  if (error.code === "not_found") return { state: { formError: own ?? t("admin.errors.notFound") }, status: 404 };
  if (error.code === "conflict") return { state: { formError: own ?? t("admin.errors.conflict") }, status: 409 };
  throw thrown;
}

/**
 * Runs an action's use case; a refusal comes back as the page's state (with `kept`: what was typed, which form)
 * and its status, so nothing typed is lost.
 */
export async function attempt<T, State extends FormState = FormState>(
  work: () => Promise<T>,
  t: Translate,
  kept: Omit<State, "errors" | "formError">,
  options: FailureOptions = {},
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<State>> }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const failure = describeFailure(error, t, options);
    return { ok: false, response: data<State>({ ...kept, ...failure.state } as State, { status: failure.status }) };
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
