// The reflection prompt library, filtered by principle and task and read in one language: for the journal's "start
// from a prompt", for circle meetings, and (with hidden ones) for the hub admins who keep it.
import { and, asc, eq, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { IpsPrinciple, IpsTask } from "#core/journal.ts";
import type { Locale } from "#core/locale.ts";
import { localizedField } from "#i18n/localized.ts";

export type Prompt = {
  id: string;
  principle: IpsPrinciple | null;
  task: IpsTask | null;
  /** In the language asked for (English when that one is empty). */
  text: string;
  textEn: string;
  textEs: string;
  active: boolean;
  sortOrder: number;
};

export async function listPrompts(
  db: Executor,
  options: { principle?: IpsPrinciple; task?: IpsTask; locale: Locale; includeHidden?: boolean },
): Promise<Prompt[]> {
  const filters: SQL[] = [];
  if (!options.includeHidden) filters.push(eq(schema.reflectionPrompt.active, true));
  if (options.principle) filters.push(eq(schema.reflectionPrompt.principle, options.principle));
  if (options.task) filters.push(eq(schema.reflectionPrompt.task, options.task));
  const rows = await db
    .select()
    .from(schema.reflectionPrompt)
    .where(and(...filters))
    .orderBy(
      asc(schema.reflectionPrompt.sortOrder),
      asc(schema.reflectionPrompt.createdAt),
      asc(schema.reflectionPrompt.id),
    );
  return rows.map((row) => ({
    id: row.id,
    principle: row.principle,
    task: row.task,
    text: localizedField(row, "text", options.locale),
    textEn: row.textEn,
    textEs: row.textEs,
    active: row.active,
    sortOrder: row.sortOrder,
  }));
}
