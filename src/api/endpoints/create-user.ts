// POST /users: a hub admin adds a person with a confirmed email, an optional password and roles.
import { z } from "zod";
import type { RoleGrant } from "#core/access.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import { personBody } from "../person.ts";
import { CreateUserRequest, Person } from "../schemas.ts";

type RolesInput = NonNullable<z.output<typeof CreateUserRequest>["roles"]>;

/** Role names and grant objects become grants; the same grant twice is a mistake worth naming. */
function grantsFrom(input: RolesInput | undefined): RoleGrant[] | undefined {
  if (!input) return undefined;
  const grants = input.map((entry) =>
    typeof entry === "string"
      ? { role: entry, organizationId: null }
      : { role: entry.role, organizationId: entry.organizationId ?? null },
  );
  const seen = new Set<string>();
  const duplicates: FieldError[] = [];
  grants.forEach((grant, index) => {
    const key = `${grant.role}\u0000${grant.organizationId ?? ""}`;
    if (seen.has(key)) duplicates.push({ path: `roles.${index}`, detail: "This role is listed twice" });
    seen.add(key);
  });
  if (duplicates.length)
    throw new AppError("invalid", { detail: "Some fields need attention" }, { fields: duplicates });
  return grants;
}

/** A role grant naming an organization that does not exist trips the foreign key; say which field. */
function unknownOrganization(error: unknown, grants: RoleGrant[] | undefined): AppError | null {
  let cause: unknown = error;
  while (cause && typeof cause === "object") {
    if ((cause as { code?: unknown }).code === "23503") {
      const withOrganization = (grants ?? []).flatMap((grant, index) => (grant.organizationId ? [index] : []));
      const path = withOrganization.length === 1 ? `roles.${withOrganization[0]}.organizationId` : "roles";
      return new AppError(
        "invalid",
        { detail: "Some fields need attention" },
        { fields: [{ path, detail: "No partner organization has this id" }] },
      );
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

export const createUser = defineEndpoint({
  operationId: "createUser",
  tag: "People",
  summary: "Add a person",
  description:
    "Creates an account with a confirmed email address, an optional starting password and roles (participant if none are given). " +
    "The change is recorded in the audit log under your name. Answers with the new person and a `Location` header pointing at them.",
  request: { body: CreateUserRequest },
  response: {
    status: 201,
    description: "The person was added.",
    schema: Person,
    headers: z.object({
      Location: z.string().meta({
        description: "Where the new person can be read: `/api/v1/users/{id}`.",
        examples: ["/api/v1/users/6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"],
      }),
    }),
  },
  problems: { conflict: "An account with this email address already exists." },
  async handle({ services, body, actor }) {
    const roles = grantsFrom(body.roles);
    try {
      const person = await createAccount(
        services.db,
        { email: body.email, name: body.name, password: body.password, roles, locale: body.locale },
        actor,
      );
      return {
        body: personBody(person, person.roles),
        headers: { Location: `${API_BASE_PATH}/users/${encodeURIComponent(person.id)}` },
      };
    } catch (error) {
      throw unknownOrganization(error, roles) ?? error;
    }
  },
});
