// The impact API's shapes: aggregates only, every count of people under 5 given as null (the small-number rule).
import { z } from "zod";
import "zod-openapi";
import { funnelStages } from "#core/impact-figures.ts";
import { dashboardFilterSchema } from "#features/impact/dashboard-filter.ts";

const withheld =
  "A count of people, or null when it is under 5 and withheld so that nobody can be recognised (0 is given as 0).";
const count = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .meta({ description: `${description} ${withheld}` });
const share = (description: string) =>
  z
    .number()
    .int()
    .nullable()
    .meta({ description: `${description} A whole percent; null when a count it needs is withheld.` });

export const ImpactDashboardQuery = dashboardFilterSchema
  .extend({
    courseId: dashboardFilterSchema.shape.courseId.meta({ description: "Only this course's sessions." }),
    organizationId: dashboardFilterSchema.shape.organizationId.meta({
      description: "Only registrations made for this partner organization.",
    }),
    countyFips: dashboardFilterSchema.shape.countyFips.meta({
      description: "Only people who gave this Oregon county (five-digit FIPS code).",
      examples: ["41051"],
    }),
    trainerId: dashboardFilterSchema.shape.trainerId.meta({ description: "Only sessions this person trained." }),
    from: dashboardFilterSchema.shape.from.meta({
      description: "Sessions starting on or after this day.",
      examples: ["2026-01-01"],
    }),
    to: dashboardFilterSchema.shape.to.meta({
      description: "Sessions starting on or before this day.",
      examples: ["2026-12-31"],
    }),
  })
  .meta({ id: "ImpactDashboardQuery" });

const Stamp = {
  refreshedAt: z.string().meta({ description: "When the figures were computed (RFC 3339)." }),
  nextRefreshAt: z
    .string()
    .meta({ description: "The figures are recomputed before anyone is shown them after this moment (RFC 3339)." }),
};

export const ImpactDashboard = z
  .object({
    funnel: z.array(z.object({ stage: z.enum(funnelStages), count: count("People at this stage.") })).meta({
      description:
        "viewed: opens of the sessions' public pages (not filtered by partner or county: no person is recorded); registered: registrations made; confirmed: held a confirmed seat; attended: recorded at least one minute; completed: signed off as completed under the course's rules.",
    }),
    completionRate: share("Completed out of confirmed."),
    fillRate: share("Confirmed seats out of capacity of sessions not cancelled."),
    capacity: z.number().int().meta({ description: "Seats offered by the sessions not cancelled." }),
    seated: count("Confirmed seats."),
    waitlisted: count("People waiting for a seat (or holding an offer) now."),
    seatedFromWaitlist: count("People seated after an offer from the waitlist."),
    medianHoursToSeat: z.number().nullable().meta({
      description: "Median hours from joining the waitlist to a confirmed seat; null when fewer than 5 people.",
    }),
    noShows: count("Confirmed people marked as not having come."),
    noShowRate: share("No-shows out of confirmed."),
    scholarshipsAwarded: count("Scholarships awarded (in full or in part)."),
    scholarshipCents: z.number().int().nullable().meta({ description: "Total awarded, in cents; null when withheld." }),
    ceMinutes: z.number().int().meta({ description: "Continuing-education minutes of completed trainings." }),
    completionsByMonth: z.array(z.object({ month: z.string(), completed: count("Completions that month.") })),
    ...Stamp,
  })
  .meta({ id: "ImpactDashboard", description: "The admin dashboard's figures for one filter." });

export const PublicImpact = z
  .object({
    trained: z
      .array(
        z.object({
          year: z.number().int(),
          form: z.string().meta({ description: "The form of training (overview, core, advanced…)." }),
          people: count("People who completed this form of training that year."),
        }),
      )
      .optional(),
    partners: z.number().int().optional().meta({ description: "Partner organizations." }),
    trainers: count("Trainers who trained a session in the past year.").optional(),
    ceMinutes: z
      .number()
      .int()
      .optional()
      .meta({ description: "Continuing-education minutes of completed trainings." }),
    counties: z
      .array(
        z.object({
          fips: z.string(),
          name: z.string(),
          reached: z.boolean().meta({ description: "At least one person from this county completed a training." }),
          people: count("People from this county who completed a training."),
        }),
      )
      .optional(),
    ...Stamp,
  })
  .meta({ id: "PublicImpact", description: "The figures of the public impact page." });
