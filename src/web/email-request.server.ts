// The action of a page that only asks for an address (a sign-in link, a reset link, a fresh confirmation link).
import { redirect, type RouterContextProvider } from "react-router";
import { translator } from "#i18n/translate.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { appContext, type RequestContext } from "./request-context.ts";
import { attempt, authPages, formFields, readForm } from "./form-state.server.ts";

/**
 * Sends to the typed address, then on to "check your email"; a refusal keeps what was typed. A form's `next` (where the
 * person was going) is handed to `send`, so the emailed link can bring them back there.
 */
export async function emailRequestAction(
  args: { request: Request; context: Readonly<RouterContextProvider> },
  send: (context: RequestContext, email: string, next: string) => Promise<void>,
  checkEmailFor: "magic-link" | "reset" | "verify",
) {
  const context = appContext(args.context);
  const fields = formFields(await readForm(args.request));
  const values = { email: fields.email?.trim() ?? "", next: safeReturnPath(fields.next, "") };
  const sent = await attempt(
    () => send(context, values.email, values.next),
    translator(context.locale),
    { values },
    authPages,
  );
  if (!sent.ok) return sent.response;
  throw redirect(`/check-email?for=${checkEmailFor}`);
}
