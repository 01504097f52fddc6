// Personal access tokens for the API: created and shown once, kept only as a SHA-256 hash, revocable.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull, lt, or, type Placeholder } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { problem } from "#features/validation/parse-input.ts";
import { MAX_TOKEN_NAME_LENGTH } from "#core/limits.ts";

const PREFIX = "iph_";

/** Whether a string has the shape of one of our tokens, so anything else is refused without a database read. */
export function isPersonalAccessToken(token: string): boolean {
  return token.startsWith(PREFIX);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createPersonalAccessToken(
  db: Executor,
  input: { userId: string; name: string; expiresAt: Date | null; actor: AuditActor },
): Promise<{ id: string; token: string; expiresAt: Date | null }> {
  const name = input.name.trim();
  if (!name || name.length > MAX_TOKEN_NAME_LENGTH) {
    throw new AppError(
      "invalid",
      { detail: `A token needs a name of 1 to ${MAX_TOKEN_NAME_LENGTH} characters` },
      { fields: [{ path: "name", message: problem("account.tokens.errors.name") }] },
    );
  }
  const token = PREFIX + randomBytes(32).toString("base64url");
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(schema.personalAccessToken).values({
      id,
      userId: input.userId,
      name,
      tokenHash: hashToken(token),
      lastFour: token.slice(-4),
      expiresAt: input.expiresAt,
    });
    await recordAudit(tx, input.actor, {
      action: "token.create",
      targetType: "personal_access_token",
      targetId: id,
      summary: { name },
    });
  });
  return { id, token, expiresAt: input.expiresAt };
}

export async function listPersonalAccessTokens(db: Executor, userId: string) {
  return db
    .select({
      id: schema.personalAccessToken.id,
      name: schema.personalAccessToken.name,
      lastFour: schema.personalAccessToken.lastFour,
      createdAt: schema.personalAccessToken.createdAt,
      expiresAt: schema.personalAccessToken.expiresAt,
      lastUsedAt: schema.personalAccessToken.lastUsedAt,
      revokedAt: schema.personalAccessToken.revokedAt,
    })
    .from(schema.personalAccessToken)
    .where(eq(schema.personalAccessToken.userId, userId))
    .orderBy(desc(schema.personalAccessToken.createdAt));
}

export async function revokePersonalAccessToken(
  db: Executor,
  input: { userId: string; tokenId: string; now: Date; actor: AuditActor },
): Promise<void> {
  await db.transaction(async (tx) => {
    const revoked = await tx
      .update(schema.personalAccessToken)
      .set({ revokedAt: input.now })
      .where(
        and(
          eq(schema.personalAccessToken.id, input.tokenId),
          eq(schema.personalAccessToken.userId, input.userId),
          isNull(schema.personalAccessToken.revokedAt),
        ),
      )
      .returning({ id: schema.personalAccessToken.id, name: schema.personalAccessToken.name });
    if (revoked.length === 0) throw new AppError("not_found", { detail: "No such active token" });
    await recordAudit(tx, input.actor, {
      action: "token.revoke",
      targetType: "personal_access_token",
      targetId: input.tokenId,
      summary: { name: revoked[0]!.name },
    });
  });
}

/**
 * Ends every live token of a person, with one audit row, in the caller's transaction: a new password must also lock
 * out a program holding a stolen token. Returns how many were live, so the page can say so.
 */
export async function revokeAllPersonalAccessTokens(
  tx: Executor,
  input: { userId: string; now: Date; actor: AuditActor; reason: "password.reset" | "password.change" },
): Promise<number> {
  const revoked = await tx
    .update(schema.personalAccessToken)
    .set({ revokedAt: input.now })
    .where(and(eq(schema.personalAccessToken.userId, input.userId), isNull(schema.personalAccessToken.revokedAt)))
    .returning({ id: schema.personalAccessToken.id });
  if (revoked.length > 0) {
    await recordAudit(tx, input.actor, {
      action: "token.revoke-all",
      targetType: "user",
      targetId: input.userId,
      summary: { reason: input.reason, count: revoked.length },
    });
  }
  return revoked.length;
}

/** How often "last used" is written for one token: the page and the API show it to the minute. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** Tokens this process marked lately, so a burst of requests with one token writes once, not once per request. */
const recentlyMarked = new Map<string, number>();
const MAX_REMEMBERED_TOKENS = 10_000;

/** How long uses gather before they are written: a burst of people calling the API costs one UPDATE, not one each. */
const MARK_BATCH_MS = 200;
type PendingMarks = { at: Date; tokenIds: Set<string>; written: Promise<void> };
const pendingMarks = new WeakMap<Executor, PendingMarks>();

/**
 * Records that a token was used, at most once a minute per token. Uses are gathered for a moment and written together
 * by one conditional UPDATE, so several app processes racing on one token write once between them; the promise settles
 * when the batch is written, and callers on a request path need not wait for it.
 */
export function markTokenUsed(
  db: Executor,
  input: { tokenId: string; lastUsedAt: Date | null; now: Date },
): Promise<void> {
  const now = input.now.getTime();
  const fresh = (at: number | undefined) => at !== undefined && now - at < LAST_USED_RESOLUTION_MS;
  if (fresh(input.lastUsedAt?.getTime()) || fresh(recentlyMarked.get(input.tokenId))) return Promise.resolve();
  if (recentlyMarked.size >= MAX_REMEMBERED_TOKENS) recentlyMarked.clear();
  recentlyMarked.set(input.tokenId, now);
  let batch = pendingMarks.get(db);
  if (!batch) {
    const opened: PendingMarks = { at: input.now, tokenIds: new Set(), written: Promise.resolve() };
    opened.written = new Promise<void>((resolve) => setTimeout(resolve, MARK_BATCH_MS).unref()).then(() => {
      pendingMarks.delete(db);
      return writeTokenUses(db, opened.at, [...opened.tokenIds]);
    });
    pendingMarks.set(db, (batch = opened));
  }
  batch.tokenIds.add(input.tokenId);
  return batch.written;
}

async function writeTokenUses(db: Executor, at: Date, tokenIds: string[]): Promise<void> {
  const pat = schema.personalAccessToken;
  const staleBefore = new Date(at.getTime() - LAST_USED_RESOLUTION_MS);
  await db
    .update(pat)
    .set({ lastUsedAt: at })
    .where(and(inArray(pat.id, tokenIds), or(isNull(pat.lastUsedAt), lt(pat.lastUsedAt, staleBefore))));
}

/** The row of a live token (not revoked, not expired) with this secret: the one rule every way of authenticating uses. */
export function liveTokenWithSecret(token: string, now: Date) {
  return liveTokenWithHash(hashToken(token), now);
}

/** The same rule with the hash and the time given, or left as placeholders for a prepared statement. */
export function liveTokenWithHash(hash: string | Placeholder, now: Date | Placeholder) {
  const pat = schema.personalAccessToken;
  return and(eq(pat.tokenHash, hash), isNull(pat.revokedAt), or(isNull(pat.expiresAt), gt(pat.expiresAt, now)));
}

/** The user a token belongs to, if it is live; marks it used (at most once a minute, to spare writes). */
export async function authenticateToken(db: Executor, token: string, now: Date): Promise<string | null> {
  if (!token.startsWith(PREFIX)) return null;
  const [row] = await db
    .select({
      id: schema.personalAccessToken.id,
      userId: schema.personalAccessToken.userId,
      lastUsedAt: schema.personalAccessToken.lastUsedAt,
    })
    .from(schema.personalAccessToken)
    .where(liveTokenWithSecret(token, now));
  if (!row) return null;
  await markTokenUsed(db, { tokenId: row.id, lastUsedAt: row.lastUsedAt, now });
  return row.userId;
}
