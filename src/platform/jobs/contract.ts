// A job contract: the name a job is stored under, the zod schema of its payload, how many tries it gets and which
// key keeps a second copy out while the first waits. Use cases import contracts to enqueue; handlers live with them.
import type { z } from "zod";
import type { Services } from "#platform/services.ts";

export type JobContract<Schema extends z.ZodType = z.ZodType> = {
  name: string;
  payload: Schema;
  /** Tries in all, the first included; after the last one the job stays failed for a person to look at. */
  attempts: number;
  /** While a job with this key is pending or running, enqueueing the same key adds nothing; none means every enqueue counts. */
  dedupeKey?(payload: z.infer<Schema>): string | undefined;
};

export function defineJobContract<Schema extends z.ZodType>(contract: JobContract<Schema>): JobContract<Schema> {
  return contract;
}

/** Which try this is, so a handler can record a final failure where people will see it. */
export type JobContext = { jobId: number; attempt: number; maxAttempts: number };

export type PayloadOf<Contract extends JobContract> =
  Contract extends JobContract<infer Schema> ? z.infer<Schema> : never;

/** Runs one job. Called again after a crash or a failed try, so it checks what is already done before doing it. */
export type JobHandler<Contract extends JobContract = JobContract> = (
  services: Services,
  payload: PayloadOf<Contract>,
  context: JobContext,
) => Promise<void>;
