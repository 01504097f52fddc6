// The action of a page that only asks for an address (a sign-in link, a reset link, a fresh confirmation link).
import { redirect, type RouterContextProvider } from "react-router";
import { translator } from "#i18n/translate.ts";
import { appContext, type RequestContext } from "./request-context.ts";
import { attempt, authPages, formFields, readForm } from "./form-state.server.ts";

/** Sends to the typed address, then on to "check your email"; a refusal keeps what was typed. */
export async function emailRequestAction(
  args: { request: Request; context: Readonly<RouterContextProvider> },
  send: (context: RequestContext, email: string) => Promise<void>,
  checkEmailFor: "magic-link" | "reset" | "verify",
) {
  const context = appContext(args.context);
  const fields = formFields(await readForm(args.request));
  const values = { email: fields.email?.trim() ?? "" };
  const sent = await attempt(() => send(context, values.email), translator(context.locale), { values }, authPages);
  if (!sent.ok) return sent.response;
  throw redirect(`/check-email?for=${checkEmailFor}`);
}
