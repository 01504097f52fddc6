// The demo participant's private journal: a few entries over the last months (tagged, one from a prompt) and an
// intention with steps, written through the real use cases so they are sealed with the participant's own key.
import { eq } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { ensureSeedPrompts } from "#features/prompts/seed-prompts.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { setIntention, setStepState } from "#features/journal/manage-intentions.ts";
import { listMyIntentions } from "#features/journal/read-journal.ts";

const DAY = 24 * 60 * 60_000;

const entries = [
  {
    daysAgo: 104,
    task: "mutuality",
    text: "First week back at the warmline after the Core Training. I caught myself *deciding* what a caller needed before asking. Next time: ask what they want from the call.",
    principles: ["learning"],
    tasks: ["mutuality"],
    tags: ["warmline"],
  },
  {
    daysAgo: 76,
    task: "connection",
    text: "A call went quiet and I felt the urge to fill the silence. I stayed with it instead, and the caller said more than in the whole call before.",
    principles: ["relationship"],
    tasks: ["connection"],
    tags: ["warmline", "silence"],
  },
  {
    daysAgo: 48,
    task: null,
    text: "Co-reflection tonight. We talked about how 'safety' can become a reason not to try anything. What would starting from possibility look like with R.?",
    principles: ["hope"],
    tasks: ["worldview"],
    tags: ["co-reflection"],
  },
  {
    daysAgo: 19,
    task: null,
    text: "Told my supervisor what I need from our check-ins. It was awkward and it went fine.\n\n- said it plainly\n- asked what they need too",
    principles: ["relationship"],
    tasks: ["mutuality", "moving-towards"],
    tags: ["work"],
  },
  {
    daysAgo: 4,
    task: null,
    text: "Noticing how often I say 'I'll help you with that'. Trying 'let's figure it out together' this week.",
    principles: ["learning"],
    tasks: ["connection"],
    tags: [],
  },
] as const;

export async function seedDemoJournal(db: Database, options: { now: Date; sessionSecret: string }): Promise<void> {
  await ensureSeedPrompts(db);
  const [sam] = await db
    .select({ id: schema.user.id, email: schema.user.email, name: schema.user.name })
    .from(schema.user)
    .where(eq(schema.user.email, "sam@example.org"));
  if (!sam) return;
  const viewer: Viewer = { userId: sam.id, email: sam.email, name: sam.name, emailVerified: true, roles: [] };
  const config = { sessionSecret: options.sessionSecret };
  for (const entry of entries) {
    const at = new Date(options.now.getTime() - entry.daysAgo * DAY);
    const [prompt] = entry.task ? await listPrompts(db, { task: entry.task, locale: "en" }) : [];
    await writeEntry(
      { db, config, now: () => at },
      {
        viewer,
        text: entry.text,
        writtenOn: at.toISOString().slice(0, 10),
        promptId: prompt?.id ?? null,
        principles: [...entry.principles],
        tasks: [...entry.tasks],
        tags: [...entry.tags],
      },
    );
  }
  const setAt = new Date(options.now.getTime() - 30 * DAY);
  const services = { db, config, now: () => setAt };
  const { id } = await setIntention(services, {
    viewer,
    towards: "Saying what I need, out loud, in the relationships at work",
    steps: [
      "Name one need at the Tuesday team meeting",
      "Ask my co-worker what they need from me",
      "Try it with my supervisor",
    ],
    principles: ["relationship"],
    tasks: ["mutuality", "moving-towards"],
    checkIn: "fortnightly",
  });
  const [intention] = await listMyIntentions(services, viewer);
  await setStepState(services, { viewer, id, stepId: intention!.steps[2]!.id, state: "done" });
}
