// The floor for an authenticated API answer: Express + `pg` and the same three indexed lookups as the hub's token
// authentication (token by hash, the person, their roles), nothing above them; bench/auth.ts measures the hub against it.
import { createHash } from "node:crypto";
import type express from "express";
import pg from "pg";

/** The hub's pool per process (src/db/client.ts), so both sides wait for connections alike. */
const POOL_SIZE = 10;

export function mountBareAuth(app: express.Express, databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  pool.on("error", () => undefined);
  app.get("/api/me", async (req, res) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
    if (!token) return void res.status(401).json({ status: 401 });
    try {
      const hash = createHash("sha256").update(token).digest("hex");
      const found = await pool.query(
        "select user_id from personal_access_token where token_hash = $1 and revoked_at is null and (expires_at is null or expires_at > now())",
        [hash],
      );
      const userId = found.rows[0]?.user_id as string | undefined;
      if (!userId) return void res.status(401).json({ status: 401 });
      const people = await pool.query('select id, email, name, pronouns, locale, time_zone from "user" where id = $1', [
        userId,
      ]);
      const person = people.rows[0];
      if (!person) return void res.status(401).json({ status: 401 });
      const roles = await pool.query("select role, organization_id from role_grant where user_id = $1", [userId]);
      res.json({
        id: person.id,
        email: person.email,
        name: person.name,
        pronouns: person.pronouns,
        locale: person.locale,
        timeZone: person.time_zone,
        roles: roles.rows.map((row) => ({ role: row.role, organizationId: row.organization_id })),
      });
    } catch {
      res.status(500).json({ status: 500 });
    }
  });
  return pool;
}
