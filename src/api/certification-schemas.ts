// Response shapes for a person's certifications and where they stand for renewal.
import { z } from "zod";
import "zod-openapi";

const isoDate = z.string().meta({ description: "A calendar date (YYYY-MM-DD).", examples: ["2027-05-30"] });

const CategoryStanding = z
  .object({
    category: z.string().meta({ examples: ["suicide_prevention"] }),
    requiredMinutes: z.number().int(),
    countedMinutes: z.number().int(),
    stillNeededMinutes: z.number().int(),
  })
  .meta({ id: "CategoryStanding", description: "Hours in one required CE category, in minutes." });

export const CertificationStanding = z
  .object({
    id: z.string(),
    type: z.object({ key: z.string().meta({ examples: ["or-thw-pss"] }), name: z.string(), authority: z.string() }),
    number: z.string().nullable(),
    issuedOn: isoDate,
    status: z.enum(["current", "renewal_open", "expired", "lapsed_needs_test"]).meta({
      description: "`lapsed_needs_test`: expired long enough ago that the board asks for a competency test.",
    }),
    expiresOn: isoDate,
    renewalOpensOn: isoDate,
    countedMinutes: z.number().int().meta({ description: "CE minutes that count toward this renewal." }),
    requiredMinutes: z.number().int(),
    stillNeededMinutes: z.number().int(),
    categories: z.array(CategoryStanding),
    inPerson: z.object({ requiredMinutes: z.number().int(), countedMinutes: z.number().int() }).nullable(),
    unverifiedOutsideMinutes: z
      .number()
      .int()
      .meta({ description: "Outside hours the hub has not checked yet; they already count." }),
    complete: z.boolean(),
    remindersOn: z.boolean(),
  })
  .meta({
    id: "CertificationStanding",
    description: "A certification the caller holds and where they stand for its renewal.",
  });

export const CertificationList = z
  .object({ certifications: z.array(CertificationStanding) })
  .meta({ id: "CertificationList" });
