// What a person enters about a certification they hold and about hours earned outside the hub.
import { z } from "zod";
import { ceCategories } from "#core/catalog.ts";
import { problem } from "#features/validation/parse-input.ts";
import { MAX_CERTIFICATION_NUMBER_LENGTH, MAX_CERTIFICATION_TEXT_LENGTH, MAX_CONTACT_MINUTES } from "#core/limits.ts";

const isoDate = z.iso.date(problem("certifications.errors.date"));

export const certificationInput = z.object({
  typeKey: z.string().min(1, problem("certifications.errors.type")),
  number: z
    .string()
    .trim()
    .max(MAX_CERTIFICATION_NUMBER_LENGTH, problem("certifications.errors.numberTooLong"))
    .transform((value) => value || null)
    .nullish(),
  issuedOn: isoDate,
});

export const outsideHoursInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, problem("certifications.errors.title"))
    .max(MAX_CERTIFICATION_TEXT_LENGTH, problem("certifications.errors.title")),
  provider: z
    .string()
    .trim()
    .min(1, problem("certifications.errors.provider"))
    .max(MAX_CERTIFICATION_TEXT_LENGTH, problem("certifications.errors.provider")),
  completedOn: isoDate,
  /** Whole minutes; forms send hours and convert. */
  minutes: z
    .number(problem("certifications.errors.hours"))
    .int(problem("certifications.errors.hours"))
    .min(15, problem("certifications.errors.hours"))
    .max(MAX_CONTACT_MINUTES, problem("certifications.errors.hours")),
  categories: z
    .array(
      z.object({
        category: z.enum(ceCategories, problem("certifications.errors.category")),
        minutes: z.number().int().min(1),
      }),
    )
    .max(ceCategories.length)
    .default([]),
  inPerson: z.boolean().default(false),
});
