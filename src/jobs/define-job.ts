// A typed job: a name, a zod schema for its payload, and a handler that must be safe to run twice.
import type { z } from "zod";
import type { Services } from "#platform/services.ts";
import { enqueueJob, type EnqueueOptions } from "./queue.ts";
import type { Executor } from "#db/client.ts";

/** Which try this is, so a handler can record a final failure where people will see it. */
export type JobContext = { jobId: number; attempt: number; maxAttempts: number };

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  name: string;
  schema: Schema;
  maxAttempts?: number;
  /** Called again after a crash or a failed try, so it checks what is already done before doing it. */
  run(services: Services, payload: z.infer<Schema>, context: JobContext): Promise<void>;
};

export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

export async function enqueue<Schema extends z.ZodType>(
  db: Executor,
  job: JobDefinition<Schema>,
  payload: z.infer<Schema>,
  options: Omit<EnqueueOptions, "name" | "payload"> = {},
): Promise<void> {
  await enqueueJob(db, { name: job.name, payload: job.schema.parse(payload), maxAttempts: job.maxAttempts, ...options });
}

/** A recurring job, written in cron syntax and evaluated in UTC. */
export type Schedule = { name: string; cron: string; job: JobDefinition; payload?: unknown };
