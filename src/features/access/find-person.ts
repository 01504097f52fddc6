// One person as an admin sees them: contact details, language, when they joined, and their roles.
import type { Executor } from "#db/client.ts";
import { readProfile } from "#features/accounts/read-profile.ts";
import { grantsOf } from "./role-grants.ts";

export async function findPerson(db: Executor, userId: string) {
  // Everything the person sees on their own account page but the legal name, which only their certificates use.
  const { legalName: _legalName, ...person } = await readProfile(db, userId);
  const grants = await grantsOf(db, [person.id]);
  return { ...person, roles: grants.get(person.id) ?? [] };
}
