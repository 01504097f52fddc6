// A use case names fields the way its forms do (titleEn, timeZone); the API's bodies nest them (title.en, timezone).
// This renames the paths of a refusal so each message points at the field the caller actually sent.
import { AppError, isAppError } from "#platform/app-error.ts";

export type PathRename = (path: string) => string;

/** Runs `work`; an AppError's field paths come back renamed, everything else passes through untouched. */
export async function withApiPaths<T>(rename: PathRename, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error) || !error.details.fields?.length) throw error;
    throw new AppError(error.code, error.says, {
      ...error.details,
      fields: error.details.fields.map((field) => ({ ...field, path: rename(field.path) })),
    });
  }
}

/** `titleEn` → `title.en`, `summaryEs` → `summary.es`: a field in two languages, as the API nests it. */
export function localizedPath(path: string, names: readonly string[]): string {
  for (const name of names) {
    if (path === `${name}En`) return `${name}.en`;
    if (path === `${name}Es`) return `${name}.es`;
  }
  return path;
}
