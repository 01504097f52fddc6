// The API's request and response shapes: one set of zod schemas that both validates requests and writes the OpenAPI document.
import { z } from "zod";
import "zod-openapi";
import { roles } from "#core/access.ts";
import { locales } from "#core/locale.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH, MAX_ROLE_GRANTS } from "#core/limits.ts";

const email = z
  .email({ error: "Enter an email address like name@example.org" })
  .max(MAX_EMAIL_LENGTH, { error: `An email address has at most ${MAX_EMAIL_LENGTH} characters` })
  .meta({ description: "Email address (matched without regard to letter case).", examples: ["sam@example.org"] });

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2025-07-01T17:00:00.000Z"] });

export const RoleName = z.enum(roles).meta({
  id: "RoleName",
  description:
    "A role a person holds: `admin` (hub admin), `trainer`, `partner_admin` (scoped to one partner organization) or `participant`.",
  examples: ["participant"],
});

export const RoleGrant = z
  .object({
    role: RoleName,
    organizationId: z
      .string()
      .nullable()
      .meta({ description: "The partner organization a `partner_admin` grant reaches; null for every other role." }),
  })
  .meta({
    id: "RoleGrant",
    description: "One role a person holds.",
    examples: [{ role: "partner_admin", organizationId: "b1f7c2e0-6d3a-4f0b-9d57-3f1e2a9c8d11" }],
  });

export const RoleGrantInput = z
  .strictObject({
    role: RoleName,
    organizationId: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .optional()
      .meta({ description: "Required for `partner_admin`; not allowed for other roles." }),
  })
  .meta({ id: "RoleGrantInput", description: "A role to grant, with the organization for a partner admin." });

export const Person = z
  .object({
    id: z.string().meta({ description: "The person's id.", examples: ["6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"] }),
    email: email,
    name: z
      .string()
      .meta({ description: "The chosen name, shown everywhere except on certificates.", examples: ["Sam Taylor"] }),
    pronouns: z
      .string()
      .nullable()
      .meta({ description: "Pronouns, if the person shared them.", examples: ["they/them"] }),
    locale: z.enum(locales).meta({ description: "The language the person reads the hub in.", examples: ["en"] }),
    timeZone: z
      .string()
      .meta({ description: "IANA time zone used to show dates and times.", examples: ["America/Los_Angeles"] }),
    roles: z.array(RoleGrant).meta({ description: "Every role the person holds." }),
  })
  .meta({
    id: "Person",
    description: "A person with an account on the hub. Never includes a password or legal name.",
    examples: [
      {
        id: "6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70",
        email: "sam@example.org",
        name: "Sam Taylor",
        pronouns: "they/them",
        locale: "en",
        timeZone: "America/Los_Angeles",
        roles: [{ role: "participant", organizationId: null }],
      },
    ],
  });

export const TokenRequest = z
  .strictObject({
    email: email,
    password: z
      .string()
      .min(1, { error: "Enter your password" })
      .max(MAX_PASSWORD_LENGTH)
      .meta({ description: "The account's password." }),
  })
  .meta({
    id: "TokenRequest",
    description: "The email and password of an account whose email is confirmed.",
    examples: [{ email: "sam@example.org", password: "correct horse battery staple" }],
  });

export const IssuedToken = z
  .object({
    token: z.string().meta({
      description: "A personal access token. Send it as `Authorization: Bearer <token>`. It is shown only once.",
      examples: ["iph_3q2-7wJb0m9XzQ1v8k5L4p6R2t0YcA9sD3fG7hJ1kL0"],
    }),
    expiresAt: timestamp.meta({ description: "When the token stops working (30 days after it was issued)." }),
  })
  .meta({
    id: "IssuedToken",
    description: "A new personal access token.",
    examples: [{ token: "iph_3q2-7wJb0m9XzQ1v8k5L4p6R2t0YcA9sD3fG7hJ1kL0", expiresAt: "2025-07-31T17:00:00.000Z" }],
  });

export const CreateUserRequest = z
  .strictObject({
    email: email,
    name: z
      .string()
      .trim()
      .min(1, { error: "Enter a name" })
      .max(MAX_CHOSEN_NAME_LENGTH, { error: `A name has at most ${MAX_CHOSEN_NAME_LENGTH} characters` })
      .meta({ description: "The person's chosen name.", examples: ["Rosa Martínez"] }),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(MAX_PASSWORD_LENGTH, { error: `Use at most ${MAX_PASSWORD_LENGTH} characters` })
      .optional()
      .meta({
        description: `Optional starting password (${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters). Without one, the person signs in by email link or resets a password.`,
      }),
    roles: z
      .array(
        z.union([RoleName, RoleGrantInput], {
          error:
            'Use a role name (admin, trainer, partner_admin or participant) or an object like {"role": "partner_admin", "organizationId": "…"}',
        }),
      )
      .max(MAX_ROLE_GRANTS)
      .optional()
      .meta({
        description:
          'Roles to grant, as role names or `{role, organizationId}` objects. Defaults to `["participant"]`. A `partner_admin` needs an organization, so give it as an object.',
        examples: [["trainer"], [{ role: "partner_admin", organizationId: "b1f7c2e0-6d3a-4f0b-9d57-3f1e2a9c8d11" }]],
      }),
    locale: z
      .enum(locales)
      .optional()
      .meta({ description: "The language for the person's emails and pages. Defaults to `en`." }),
  })
  .meta({
    id: "CreateUserRequest",
    description: "A person to add. Their email counts as confirmed, because a hub admin vouches for it.",
    examples: [{ email: "rosa@example.org", name: "Rosa Martínez", roles: ["participant"], locale: "es" }],
  });

export const TokenSummary = z
  .object({
    id: z
      .string()
      .meta({ description: "The token's id, used to revoke it.", examples: ["0d9b5c34-1b7e-4f6a-a2c8-5e9f0a1b2c3d"] }),
    name: z.string().meta({ description: "What the person called the token.", examples: ["API sign-in"] }),
    lastFour: z
      .string()
      .meta({ description: "The last four characters of the token, to tell tokens apart.", examples: ["hJ1k"] }),
    createdAt: timestamp.meta({ description: "When the token was created." }),
    expiresAt: timestamp.nullable().meta({ description: "When the token stops working; null if it never expires." }),
    lastUsedAt: timestamp
      .nullable()
      .meta({ description: "When the token was last used (to the minute); null if never." }),
    revokedAt: timestamp.nullable().meta({ description: "When the token was revoked; null while it is active." }),
  })
  .meta({ id: "TokenSummary", description: "A personal access token, without its secret." });

export const TokenList = z
  .object({
    tokens: z
      .array(TokenSummary)
      .meta({ description: "The caller's tokens, newest first, including revoked and expired ones." }),
  })
  .meta({
    id: "TokenList",
    description: "The caller's personal access tokens.",
    examples: [
      {
        tokens: [
          {
            id: "0d9b5c34-1b7e-4f6a-a2c8-5e9f0a1b2c3d",
            name: "API sign-in",
            lastFour: "hJ1k",
            createdAt: "2025-07-01T17:00:00.000Z",
            expiresAt: "2025-07-31T17:00:00.000Z",
            lastUsedAt: "2025-07-02T09:15:00.000Z",
            revokedAt: null,
          },
        ],
      },
    ],
  });

export const TokenIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({
      description: "The token's id, from `GET /me/tokens`.",
      examples: ["0d9b5c34-1b7e-4f6a-a2c8-5e9f0a1b2c3d"],
    }),
});

export const UserIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The person's id.", examples: ["6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"] }),
});

export const FieldProblem = z
  .object({
    path: z.string().meta({
      description: "Where the problem is, as dotted path into the request body (`email`, `roles.0.role`).",
      examples: ["email"],
    }),
    message: z.string().meta({
      description: "What is wrong, in plain English.",
      examples: ["Enter an email address like name@example.org"],
    }),
  })
  .meta({ id: "FieldProblem" });

export const Problem = z
  .object({
    type: z.string().meta({
      description: "A URI naming the kind of problem; it opens the part of the API reference that explains it.",
    }),
    title: z.string().meta({ description: "A short summary of the kind of problem; the same for every occurrence." }),
    status: z.number().int().meta({ description: "The HTTP status code." }),
    detail: z.string().optional().meta({ description: "What went wrong this time, in plain English." }),
    instance: z.string().optional().meta({ description: "The path of the request that had the problem." }),
    errors: z
      .array(FieldProblem)
      .optional()
      .meta({ description: "For invalid input: one entry per field that needs attention." }),
  })
  .meta({
    id: "Problem",
    description: "An error, as RFC 9457 problem details (`application/problem+json`).",
    examples: [
      {
        type: "https://hub.example.org/api/docs#problem-invalid",
        title: "Some fields need attention",
        status: 422,
        detail: "Some fields need attention",
        instance: "/api/v1/users",
        errors: [{ path: "email", message: "Enter an email address like name@example.org" }],
      },
    ],
  });

export type PersonBody = z.output<typeof Person>;
export type ProblemBody = z.output<typeof Problem>;
export type FieldProblemBody = z.output<typeof FieldProblem>;
