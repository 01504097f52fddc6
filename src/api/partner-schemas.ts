// The partners API's shapes: a partner's staff as each person shares it, and sponsored seat blocks with their invoice.
import { z } from "zod";
import "zod-openapi";
import { MAX_SPONSORED_SEATS } from "#core/partners.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2027-04-06T10:11:12.000Z"] });

const title = z
  .object({ en: z.string(), es: z.string() })
  .meta({ description: "A course title in English and Spanish." });

export const OrganizationIdParams = z.object({
  id: z
    .uuid()
    .meta({ description: "The partner organization's id.", examples: ["2b8f0e4c-1d3a-4f5b-8c6d-7e8f9a0b1c2d"] }),
});

export const BlockIdParams = z.object({
  id: z.uuid().meta({ description: "The sponsored block's id.", examples: ["9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"] }),
});

const StaffTraining = z
  .object({
    registrationId: z.string(),
    title,
    startsAt: timestamp,
    endsAt: timestamp,
  })
  .meta({ id: "StaffTraining", description: "One training of a staff member." });

export const StaffMember = z
  .object({
    linkId: z.string().meta({ description: "The staff link's id." }),
    status: z.enum(["invited", "requested", "active"]).meta({
      description:
        "`invited`: the partner invited this address and the person has not answered (nothing about them is shown). " +
        "`requested`: the person asked to link. `active`: the person accepted.",
    }),
    email: z.string().meta({ description: "The address invited, or the person's own once they asked or accepted." }),
    name: z.string().nullable().meta({ description: "The person's name, once they asked or accepted; else null." }),
    sharing: z
      .object({ completions: z.boolean(), compliance: z.boolean() })
      .nullable()
      .meta({ description: "What the person shares while the link is active; null otherwise." }),
    completions: z
      .array(StaffTraining)
      .nullable()
      .meta({ description: "Completed trainings, when the person shares them; else null." }),
    upcoming: z
      .array(StaffTraining)
      .nullable()
      .meta({ description: "Upcoming trainings, shared with the completions; else null." }),
    certifications: z
      .array(
        z.object({
          name: z.string(),
          status: z.enum(["current", "renewal_open", "expired", "lapsed_needs_test"]),
          expiresOn: z.string().meta({ description: "A calendar date (YYYY-MM-DD)." }),
          minutesStillNeeded: z.number().int(),
        }),
      )
      .nullable()
      .meta({ description: "A CE compliance summary per certification, when the person shares it; else null." }),
  })
  .meta({ id: "StaffMember", description: "One person linked (or invited) to a partner organization." });

export const StaffList = z
  .object({ staff: z.array(StaffMember) })
  .meta({ id: "StaffList", description: "A partner organization's staff, each as they chose to share." });

export const SponsoredBlock = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    sessionId: z.string(),
    course: title,
    startsAt: timestamp,
    seats: z.number().int().meta({ description: "Seats bought." }),
    used: z.number().int().meta({ description: "Seats held by staff registrations now." }),
    code: z.string().meta({ description: "The code staff linked to the organization use to take a seat." }),
    releaseAt: timestamp.meta({ description: "When seats still unused go back to the public." }),
    releasedAt: timestamp.nullable(),
    invoice: z
      .object({
        amountCents: z.number().int(),
        currency: z.string().length(3),
        reference: z.string(),
        paid: z.boolean(),
      })
      .meta({ description: "The invoice, as the hub records it." }),
  })
  .meta({ id: "SponsoredBlock", description: "Seats of a session bought by a partner for its staff." });

export const SponsoredBlockList = z
  .object({ blocks: z.array(SponsoredBlock) })
  .meta({ id: "SponsoredBlockList", description: "A partner organization's sponsored seat blocks." });

export const CreateSponsoredBlockRequest = z
  .object({
    organizationId: z.string().meta({ description: "The partner organization that bought the seats." }),
    sessionId: z.string().meta({ description: "The session the seats are on." }),
    seats: z
      .number()
      .int()
      .min(1)
      .max(MAX_SPONSORED_SEATS)
      .meta({ description: "How many seats; free now in the general pool." }),
    releaseAt: timestamp.meta({ description: "When unused seats go back to the public; before the session starts." }),
    amountCents: z.number().int().min(0).meta({ description: "The invoice amount in cents." }),
    currency: z.string().length(3).optional().meta({ description: "ISO 4217; USD when left out." }),
    invoiceReference: z.string().max(100).optional(),
    paid: z.boolean().optional(),
  })
  .meta({ id: "CreateSponsoredBlockRequest" });

export const CreatedSponsoredBlock = z
  .object({ id: z.string(), code: z.string() })
  .meta({ id: "CreatedSponsoredBlock", description: "The new block and the code to give staff." });

export const AssignSeatRequest = z
  .object({
    userId: z.string().meta({ description: "A person linked to the block's organization who accepted the link." }),
  })
  .meta({ id: "AssignSeatRequest" });

export const AssignedSeat = z
  .object({ registrationId: z.string(), sessionId: z.string() })
  .meta({ id: "AssignedSeat", description: "The confirmed registration that holds the seat." });
