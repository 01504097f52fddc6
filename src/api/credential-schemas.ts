// The credentials API's shapes: a person's certificates, a verification report, and a revocation.
import { z } from "zod";
import "zod-openapi";
import { crossHubQueueReasons } from "#core/cross-hub-prerequisite.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2027-04-06T10:11:12.000Z"] });

export const CredentialIdParams = z.object({
  id: z.uuid().meta({ description: "The credential's id.", examples: ["6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"] }),
});

export const MyCredential = z
  .object({
    id: z.string().meta({ description: "The credential's id.", examples: ["6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"] }),
    code: z
      .string()
      .meta({ description: "The short code printed on the certificate (Crockford base32).", examples: ["7K3QDM9XWA"] }),
    course: z
      .object({
        id: z.string().meta({ description: "The course's id." }),
        title: z
          .object({ en: z.string(), es: z.string() })
          .meta({ description: "The course's title in English and Spanish." }),
      })
      .meta({ description: "The training the credential is for." }),
    hours: z.number().meta({
      description: "Contact hours attended, as the credential's `creditsEarned` states them.",
      examples: [27.5],
    }),
    issuedAt: timestamp,
    validUntil: timestamp
      .nullable()
      .meta({ description: "When the credential stops being valid; null when it does not expire." }),
    status: z.enum(["valid", "revoked", "expired", "superseded"]).meta({
      description: "`superseded`: replaced by a newer credential for the same training (after a name change).",
      examples: ["valid"],
    }),
    verifyUrl: z.url().meta({ description: "The public page that says whether it is valid (the QR code's target)." }),
    pdfUrl: z.url().meta({
      description:
        "The printable certificate (US Letter; add `?size=a4` for A4). Needs your session or a token of yours.",
    }),
    jsonUrl: z.url().meta({ description: "The Open Badges 3.0 credential as JSON." }),
    jwtUrl: z.url().meta({ description: "The same credential signed as a VC-JWT." }),
  })
  .meta({ id: "MyCredential", description: "One of your credentials." });

export const MyCredentialList = z
  .object({ credentials: z.array(MyCredential) })
  .meta({ id: "MyCredentialList", description: "Your credentials, newest first." });

export const VerifyCredentialRequest = z
  .object({
    jwt: z
      .string()
      .trim()
      .min(1)
      .max(262_144)
      .optional()
      .meta({
        description: "A VC-JWT (compact JWS) from any issuer, as downloaded from a certificate's `.jwt` link.",
        examples: ["eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9.eyJ…"],
      }),
    credential: z
      .union([z.record(z.string(), z.unknown()), z.string().trim().min(1).max(262_144)])
      .optional()
      .meta({
        description:
          "A credential from any issuer: the JSON object with its embedded Data Integrity proof (eddsa-rdfc-2022), or a " +
          "VC-JWT as a string.",
      }),
  })
  .refine((body) => (body.jwt === undefined) !== (body.credential === undefined), {
    message: "Send either jwt or credential",
  })
  .meta({ id: "VerifyCredentialRequest", description: "The signed credential to check: `jwt` or `credential`." });

export const VerificationCheck = z
  .object({
    name: z
      .enum(["format", "signature", "issuer", "dates", "status", "schema"])
      .meta({ description: "What was checked." }),
    ok: z
      .boolean()
      .nullable()
      .meta({ description: "null when the check does not apply (the OB schema to another kind)." }),
    reason: z.string().meta({ description: "Why, as a stable code.", examples: ["status.revoked"] }),
    detail: z.string().meta({ description: "What was found, in plain English.", examples: ["Not revoked."] }),
  })
  .meta({ id: "VerificationCheck" });

export const VerificationReport = z
  .object({
    valid: z.boolean().meta({ description: "True only when every check that applies passed." }),
    form: z
      .enum(["data-integrity", "jwt"])
      .nullable()
      .meta({ description: "Which proof was checked: the embedded Data Integrity proof or the VC-JWT's signature." }),
    issuer: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    checks: z
      .array(VerificationCheck)
      .meta({ description: "Each check in order; after a failed signature nothing else is checked." }),
    credential: z.record(z.string(), z.unknown()).nullable().meta({
      description: "The credential (a JWT's registered claims removed); null when the signature failed.",
    }),
  })
  .meta({ id: "VerificationReport", description: "Whether the credential verifies, and why." });

export const RevokeCredentialRequest = z
  .object({
    reason: z.string().meta({
      description: "Why it is revoked (1–500 characters). Only hub admins see it.",
      examples: ["Issued to the wrong person."],
    }),
  })
  .meta({ id: "RevokeCredentialRequest" });

export const RevokedCredential = z
  .object({
    id: z.string(),
    code: z.string(),
    status: z.literal("revoked"),
    revokedAt: timestamp,
  })
  .meta({ id: "RevokedCredential", description: "The credential, now revoked." });

// — credentials shown to this hub: a prerequisite or CE hours from another IPS hub (decision 0037) —

const ShownCredential = z.union([z.record(z.string(), z.unknown()), z.string().trim().min(1).max(262_144)]).meta({
  description:
    "The credential another hub issued you: the JSON object with its embedded Data Integrity proof " +
    "(eddsa-rdfc-2022), or its VC-JWT as a string (at most 256 KB).",
});

const QueueReason = z
  .enum(crossHubQueueReasons)
  .nullable()
  .meta({
    description:
      "Why it waits for the hub team (null when it counted by itself): `notVerified` (a check failed: changed, revoked, " +
      "expired or unreadable), `untrustedIssuer` (its hub is not on this hub's trusted list), `keyElsewhere` (signed with " +
      "a key from somewhere other than where that hub's keys live), `notMapped` (that hub's training is not matched to " +
      "the course, or to any course for hours), `namesSomeoneElse` (it names another email address), `namesNoOne`.",
    examples: [null],
  });

export const PrerequisiteDeclarationRequest = z
  .object({
    courseId: z.string().meta({ description: "The course here the credential stands for (a prerequisite)." }),
    credential: ShownCredential,
  })
  .meta({ id: "PrerequisiteDeclarationRequest" });

export const PrerequisiteDeclaration = z
  .object({
    id: z.string().meta({ description: "The declaration's id." }),
    status: z.enum(["accepted", "queued"]).meta({
      description: "`accepted`: the course counts as done now. `queued`: the hub team will decide.",
    }),
    reason: QueueReason,
  })
  .meta({ id: "PrerequisiteDeclaration", description: "What became of the declaration." });

export const OutsideHoursByCredentialRequest = z
  .object({
    credential: ShownCredential,
    inPerson: z.boolean().optional().meta({
      description: "Whether the training was in person; Open Badges credentials do not say. Default false.",
    }),
  })
  .meta({ id: "OutsideHoursByCredentialRequest" });

export const OutsideHoursByCredential = z
  .object({
    id: z.string().meta({ description: "The ledger entry's id." }),
    status: z.enum(["accepted", "queued"]).meta({
      description:
        "`accepted`: added to your CE ledger already checked, marked as from that hub. `queued`: added unchecked " +
        "(it counts, as any outside hours you add do) and the hub team will look at it.",
    }),
    reason: QueueReason,
    title: z.string().meta({ description: "The training's name, as the credential gives it." }),
    provider: z.string().meta({ description: "The hub the hours are from (its name on the trusted list)." }),
    completedOn: z.string().meta({ description: "The day the training ended (YYYY-MM-DD).", examples: ["2027-03-12"] }),
    minutes: z.number().int().meta({
      description:
        "CE minutes: the credential's `creditsEarned` (or else the achievement's `creditsAvailable`) in hours × 60.",
    }),
    categories: z.array(z.object({ category: z.string(), minutes: z.number().int() })).meta({
      description:
        "CE categories from this hub's course the training is matched to, cut to the minutes earned; empty when it " +
        "is matched to none.",
    }),
  })
  .meta({ id: "OutsideHoursByCredential", description: "The hours as added to your CE ledger." });
