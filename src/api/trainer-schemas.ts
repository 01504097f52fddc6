// Response shapes for trainers and their standing (issue 10).
import { z } from "zod";
import "zod-openapi";
import type { Standing } from "#core/trainer-standing.ts";
import { standingWords } from "#features/trainers/standing-text.ts";
import { walkInInput } from "#features/trainers/add-walk-in.ts";

const instant = z.string().meta({ description: "An instant (ISO 8601, UTC).", examples: ["2027-03-14T23:00:00.000Z"] });

export const TrainerStanding = z
  .object({
    status: z.enum(["none", "apprentice", "active", "lapsed", "alumni"]).meta({
      description:
        "`none`: no Training of Trainers recorded. `apprentice`: co-training beside active leads. `active`: may lead. `lapsed`: a requirement ran out. `alumni`: lapsed for longer; co-trains again to come back.",
    }),
    since: instant.nullable(),
    changesAt: instant.nullable().meta({ description: "When the status changes by itself if nothing happens." }),
    changesTo: z.enum(["none", "apprentice", "active", "lapsed", "alumni"]).nullable(),
    next: z.array(z.string()).meta({
      description: "What comes next, in English sentences.",
      examples: [["Active until March 14, 2027: lead or co-lead one training before then."]],
    }),
    lapsedFor: z.array(z.enum(["training", "co_reflection", "refresher"])),
    overridden: z.boolean().meta({ description: "True while an admin's override (with a written reason) decides it." }),
    credentialAt: instant.nullable().meta({ description: "The permanent Training of Trainers credential's date." }),
  })
  .meta({ id: "TrainerStanding", description: "Where a trainer stands, computed from recorded facts." });

export const Trainer = z
  .object({ id: z.string(), name: z.string(), email: z.string(), standing: TrainerStanding })
  .meta({ id: "Trainer" });

export const TrainerList = z.object({ trainers: z.array(Trainer) }).meta({ id: "TrainerList" });

export function standingBody(standing: Standing): z.output<typeof TrainerStanding> {
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    status: standing.status,
    since: iso(standing.since),
    changesAt: iso(standing.changesAt),
    changesTo: standing.changesTo,
    next: standingWords("en", standing, "UTC").next,
    lapsedFor: standing.lapsedFor,
    overridden: standing.overrideReason !== null,
    credentialAt: iso(standing.credentialAt),
  };
}

export const WalkInRequest = walkInInput.meta({
  id: "WalkInRequest",
  description:
    "Someone who arrived after the training started: their email, and their name when they are new to the hub (an account is made for them; an existing account keeps its own name).",
  examples: [{ email: "sam@example.org", name: "Sam Rivera" }],
});

export const WalkIn = z
  .object({
    registrationId: z.string(),
    person: z.object({ id: z.string(), name: z.string(), email: z.string(), created: z.boolean() }),
    attendance: z.object({ meetingId: z.string(), minutesPresent: z.number().int() }).nullable().meta({
      description: "The meeting under way and the minutes counted since they arrived; null between meetings.",
    }),
  })
  .meta({ id: "WalkIn", description: "The walk-in's confirmed registration and the attendance started for them." });
