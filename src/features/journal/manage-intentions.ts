// "Moving towards" intentions: set one with small steps, add a step, mark a step done or let it go, choose gentle
// check-ins, let the intention go. Everything the person wrote is sealed; only the check-in rhythm is in clear.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { checkInRhythms, MAX_STEPS, type CheckInRhythm } from "#core/journal.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { intentionInput, stepStates, stepText, type StepState } from "./journal-input.ts";
import { ensureJournalKey, readJournalKey, type JournalServices } from "./journal-keys.ts";
import { journalOwner, noSuchIntention, openIntention, type IntentionContent } from "./journal-content.ts";
import { checkInColumns } from "./check-in-rhythm.ts";

type WriteServices = JournalServices;

export async function setIntention(
  services: WriteServices,
  request: z.input<typeof intentionInput> & { viewer: Viewer | null },
): Promise<{ id: string }> {
  const userId = journalOwner(request.viewer);
  const input = parseInput(intentionInput, request);
  const now = services.now();
  const content: IntentionContent = {
    towards: input.towards,
    principles: input.principles,
    tasks: input.tasks,
    steps: input.steps.map((text) => ({ id: randomUUID(), text, state: "open" })),
    state: "active",
  };
  return services.db.transaction(async (tx) => {
    const key = await ensureJournalKey(tx, services.config, userId);
    const id = randomUUID();
    await tx.insert(schema.journalIntention).values({
      id,
      userId,
      sealed: key.sealJson("intention", id, content),
      ...checkInColumns(input.checkIn, now),
      createdAt: now,
      updatedAt: now,
    });
    return { id };
  });
}

/** Opens one of the person's intentions, changes it and seals it again, in one transaction. */
async function changeIntention(
  services: WriteServices,
  viewer: Viewer | null,
  id: string,
  change: (content: IntentionContent) => IntentionContent,
  columns: Partial<{ checkInDays: number | null; nextCheckInAt: Date | null }> = {},
): Promise<void> {
  const userId = journalOwner(viewer);
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(schema.journalIntention)
      .where(and(eq(schema.journalIntention.id, id), eq(schema.journalIntention.userId, userId)))
      .for("update");
    const key = row ? await readJournalKey(tx, services.config, userId) : null;
    if (!row || !key) throw noSuchIntention();
    const changed = change(openIntention(key, id, row.sealed));
    await tx
      .update(schema.journalIntention)
      .set({ sealed: key.sealJson("intention", id, changed), updatedAt: services.now(), ...columns })
      .where(eq(schema.journalIntention.id, id));
  });
}

export async function addStep(
  services: WriteServices,
  request: { viewer: Viewer | null; id: string; text: string },
): Promise<void> {
  const text = parseInput(z.object({ text: stepText }), { text: request.text }).text;
  await changeIntention(services, request.viewer, request.id, (content) => {
    if (content.steps.length >= MAX_STEPS) throw invalid([{ path: "text", message: problem("journal.errors.steps") }]);
    return { ...content, steps: [...content.steps, { id: randomUUID(), text, state: "open" }] };
  });
}

/** Marks a step done, lets it go, or opens it again: none of these is a failure, and nothing is counted against anyone. */
export async function setStepState(
  services: WriteServices,
  request: { viewer: Viewer | null; id: string; stepId: string; state: StepState },
): Promise<void> {
  const state = parseInput(z.enum(stepStates, problem("journal.errors.step")), request.state);
  await changeIntention(services, request.viewer, request.id, (content) => {
    if (!content.steps.some((step) => step.id === request.stepId)) throw noSuchIntention();
    return {
      ...content,
      steps: content.steps.map((step) => (step.id === request.stepId ? { ...step, state } : step)),
    };
  });
}

export async function setCheckIn(
  services: WriteServices,
  request: { viewer: Viewer | null; id: string; checkIn: CheckInRhythm | string },
): Promise<void> {
  const rhythm = parseInput(z.enum(checkInRhythms, problem("journal.errors.checkIn")), request.checkIn);
  await changeIntention(
    services,
    request.viewer,
    request.id,
    (content) => content,
    checkInColumns(rhythm, services.now()),
  );
}

/** Lets the intention go (or takes it up again); letting go also stops its check-ins. */
export async function setIntentionState(
  services: WriteServices,
  request: { viewer: Viewer | null; id: string; state: "active" | "let_go" },
): Promise<void> {
  await changeIntention(
    services,
    request.viewer,
    request.id,
    (content) => ({ ...content, state: request.state }),
    request.state === "let_go" ? checkInColumns("off", services.now()) : {},
  );
}
