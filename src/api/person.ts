// The API's view of a person: only the fields a client may see (never a password or legal name).
import type { RoleGrant } from "#core/access.ts";
import { isLocale } from "#core/locale.ts";
import type { PersonBody } from "./schemas.ts";

type PersonRow = { id: string; email: string; name: string; pronouns: string | null; locale: string; timeZone: string };

export function personBody(row: PersonRow, roles: RoleGrant[]): PersonBody {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    pronouns: row.pronouns,
    locale: isLocale(row.locale) ? row.locale : "en",
    timeZone: row.timeZone,
    roles: roles.map((grant) => ({ role: grant.role, organizationId: grant.organizationId })),
  };
}
