// A query built once per database (or transaction) and sent as a named prepared statement: Drizzle builds its SQL once
// instead of on every call, and PostgreSQL parses it once per connection. For the reads every request makes.
import type { Executor } from "./client.ts";

/** `build` run once per executor; the answer is kept while that executor lives. */
export function preparedFor<T>(build: (db: Executor) => T): (db: Executor) => T {
  const byExecutor = new WeakMap<Executor, T>();
  return (db) => {
    let query = byExecutor.get(db);
    if (query === undefined) {
      query = build(db);
      byExecutor.set(db, query);
    }
    return query;
  };
}
