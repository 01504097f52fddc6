// Two IPS hubs on loopback for the cross-hub tests: hub A (its own database, served where its PUBLIC_URL says, so its
// issuer id and key addresses answer) issues credentials; hub B (another database) verifies them, allowed to fetch keys
// from loopback.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { createTestServices, type TestServices } from "./services.ts";
import { freePort, serveForTest, type TestHttp } from "./http.ts";
import { seedSession } from "./catalog.ts";

export const CROSS_HUB_PASSWORD = "a long enough password for tests";
const system = { userId: null, label: "test" };
export type CredentialDocument = Record<string, any>;

export async function crossHubAccount(
  db: Executor,
  email: string,
  name: string,
  role: "participant" | "admin" = "participant",
): Promise<Viewer> {
  const roles = [{ role, organizationId: null }];
  const created = await createAccount(db, { email, password: CROSS_HUB_PASSWORD, name, roles }, system);
  return { userId: created.id, email, name, emailVerified: true, roles };
}

export type TwoHubs = {
  hubA: TestServices;
  hubB: TestServices;
  httpA: TestHttp;
  httpB: TestHttp;
  close(): Promise<void>;
};

export async function startTwoHubs(engine: Parameters<typeof createTestServices>[0]): Promise<TwoHubs> {
  const port = await freePort();
  const hubA = await createTestServices(engine, { RATE_LIMIT: "off", PUBLIC_URL: `http://127.0.0.1:${port}` });
  const httpA = await serveForTest(hubA, { port });
  const hubB = await createTestServices(engine, {
    RATE_LIMIT: "off",
    CREDENTIAL_FETCH_ALLOW_LOOPBACK: "1",
    CREDENTIAL_FETCH_TIMEOUT_MS: "2000",
  });
  const httpB = await serveForTest(hubB);
  return {
    hubA,
    hubB,
    httpA,
    httpB,
    async close() {
      await httpA.close();
      await httpB.close();
      await hubA.close();
      await hubB.close();
    },
  };
}

/**
 * Hub A signs off `course` for the person with this email (an account on A, made when missing) after a two-day session
 * ten days ago, with `attendedMinutes` attended and earned, and returns A's signed credential.
 */
export async function credentialFromHub(
  hubA: TestServices,
  courseId: string,
  email: string,
  attendedMinutes = 14 * 60,
): Promise<{ id: string; document: CredentialDocument; jwt: string }> {
  const [existing] = await hubA.db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email));
  const userId = existing?.id ?? (await crossHubAccount(hubA.db, email, "Someone on A")).userId;
  const session = await seedSession(hubA.db, courseId, {
    startsInDays: -10,
    days: 2,
    overrides: { status: "completed" },
  });
  const now = new Date();
  const [registration] = await hubA.db
    .insert(schema.registration)
    .values({ sessionId: session.id, userId, status: "confirmed", requestedAt: now, queueAt: now })
    .returning({ id: schema.registration.id });
  await hubA.db.insert(schema.completion).values({
    registrationId: registration!.id,
    completed: true,
    contactMinutes: 14 * 60,
    attendedMinutes,
    ceMinutes: attendedMinutes,
    reasons: [],
    signedOffAt: now,
  });
  const outcome = await issueCredential(hubA, { registrationId: registration!.id }, system);
  if (outcome.status !== "issued") throw new Error(`not issued: ${outcome.status}`);
  const [row] = await hubA.db
    .select({ id: schema.credential.id, document: schema.credential.document, jwt: schema.credential.jwt })
    .from(schema.credential)
    .where(eq(schema.credential.id, outcome.credentialId));
  return { id: row!.id, document: row!.document as CredentialDocument, jwt: row!.jwt };
}
