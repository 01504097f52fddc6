// Staff register a person on their behalf (a phone call, a walk-in): the person is found by email, or gets an account
// with that email and name, and is registered by the same rules and messages as if they had done it themselves.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import type { Services } from "#platform/services.ts";
import type { FieldError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { emailAddress, fieldErrorOf, invalid, problem } from "#features/validation/parse-input.ts";
import {
  checkPartnerEnrolment,
  checkRegistrar,
  registerForSession,
  type RegisterRequest,
  type RegistrationOutcome,
} from "./register-for-session.ts";
import { registrationInput } from "./registration-input.ts";

const personInput = z.object({
  email: emailAddress(problem("roster.register.errors.email"), problem("roster.register.errors.emailMissing")),
  name: z.string().trim().max(MAX_CHOSEN_NAME_LENGTH, problem("roster.register.errors.nameTooLong")).default(""),
});

export type RegisterSomeoneElseRequest = Omit<RegisterRequest, "userId"> & { email: string; name?: string | null };

export async function registerSomeoneElse(
  services: Pick<Services, "db" | "now">,
  request: RegisterSomeoneElseRequest,
  actor: AuditActor,
): Promise<RegistrationOutcome & { person: { id: string; name: string; email: string; created: boolean } }> {
  // Staff only: the registrar check with someone who is not the viewer (an admin, or a partner admin for their organization).
  checkRegistrar(request.viewer, "", request.organizationId ?? null);
  // Every field problem at once: the person's and the registration's.
  const person = personInput.safeParse({ email: request.email, name: request.name ?? "" });
  const registration = registrationInput.safeParse(request);
  const fields: FieldError[] = [];
  for (const result of [person, registration]) {
    if (!result.success)
      for (const issue of result.error.issues)
        fields.push(fieldErrorOf(issue.path.map(String).join("."), issue.message));
  }
  if (fields.length || !person.success) throw invalid(fields);
  const { email, name } = person.data;

  // One transaction: a new account exists only if the registration went through (the registration runs in a savepoint).
  return services.db.transaction(async (tx) => {
    const [known] = await tx
      .select({ id: schema.user.id, name: schema.user.name })
      .from(schema.user)
      .where(eq(schema.user.email, email));
    // A partner admin registers only staff linked with consent (checked before an account could be made or named).
    await checkPartnerEnrolment(tx, request.viewer, [known?.id ?? ""], request.organizationId ?? null);
    let found = known ? { id: known.id, name: known.name, email, created: false } : null;
    if (!found) {
      if (!name) throw invalid([{ path: "name", message: problem("roster.register.errors.nameForNew") }]);
      const created = await createAccount(tx, { email, name, locale: request.locale }, actor);
      found = { id: created.id, name: created.name, email, created: true };
    }
    const outcome = await registerForSession({ db: tx, now: services.now }, { ...request, userId: found.id }, actor);
    return { ...outcome, person: found };
  });
}
