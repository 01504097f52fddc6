// One fingerprint of everything the hub holds: a restore drill compares it before the backup and after the restore.
import { createHash } from "node:crypto";
import type { RawSql } from "#db/client.ts";

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A SHA-256 over every table of the hub's schema, tables by name and each table's rows in the byte order of their
 * text form (COLLATE "C", so the language settings of the database do not change the order). Two databases with the
 * same rows give the same hash; one changed, missing or extra row anywhere changes it. Sequences are not content.
 */
export async function hubContentHash(database: Pick<RawSql, "query">): Promise<string> {
  const tables = await database.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE "C"`,
  );
  const hash = createHash("sha256");
  for (const { name } of tables) {
    const [row] = await database.query<{ rows: number; digest: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS digest
         FROM ${quote(name)} t`,
    );
    hash.update(`${name}\t${row!.rows}\t${row!.digest}\n`);
  }
  return hash.digest("hex");
}
