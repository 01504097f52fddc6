// `npm run hub -- <command>`: the hub admin's commands (migrate, seed, create an admin, tokens, backup, restore).
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "#server/create-services.ts";
import { isAppError } from "#platform/app-error.ts";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import { backupTo, restoreFrom } from "#features/backup/backup.ts";
import { backupToFolder } from "#features/backup/backup-to-folder.ts";
import { runMain } from "#server/start.ts";
import { rotateSigningKey } from "#features/credentials/signing-keys.ts";
import { requestCredentialProofs } from "#features/credentials/add-credential-proofs.ts";

const usage = `Usage: npm run hub -- <command> [options]

  migrate                                  apply database migrations
  seed-demo                                add the demo hub (people, organization, settings) if it is not there
  create-admin --email E --password P [--name N]
                                           create a hub admin who can sign in at once
  token --email E [--name N] [--days D]    print a new personal access token for that person
  backup [file]                            write the whole hub to a portable backup file; without a file, into
                                           BACKUP_DIR under a dated name, keeping the newest BACKUP_KEEP
  restore <file>                           replace the hub's data with a backup (stop the app first)
  rotate-key                               make a new signing key for credentials (old keys stay published)
  add-credential-proofs                    queue the job that gives earlier credentials their embedded proof
`;

const cliActor = { userId: null, label: "command line" };

class UsageError extends Error {}

async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig({ ...process.env, WORKER: "off" });
  const services = await createServices(config, createLogger(process.env.LOG_LEVEL ?? "warn"));
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

await runMain(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      days: { type: "string" },
    },
  });
  try {
    switch (command) {
      case "migrate":
        await withServices(async () => console.log("Migrations are applied."));
        return;
      case "seed-demo":
        await withServices(async (services) => {
          await seedHubDefaults(services.db, {
            name: "IPS Hub",
            region: "Oregon",
            today: services.now().toISOString().slice(0, 10),
          });
          console.log(
            (await seedDemo(services.db, { sessionSecret: services.config.sessionSecret }))
              ? "Demo hub added."
              : "The demo hub is already there.",
          );
        });
        return;
      case "create-admin": {
        if (!values.email || !values.password) throw new UsageError("create-admin needs --email and --password");
        const { email, password } = values;
        await withServices(async (services) => {
          const person = await createAccount(
            services.db,
            {
              email,
              password,
              name: values.name ?? email.split("@")[0]!,
              roles: [{ role: "admin", organizationId: null }],
            },
            cliActor,
          );
          console.log(`Admin ${person.email} created. They can sign in now.`);
        });
        return;
      }
      case "token": {
        if (!values.email) throw new UsageError("token needs --email");
        const days = values.days ? Number(values.days) : 90;
        if (!Number.isInteger(days) || days < 1 || days > 3650)
          throw new UsageError("--days must be a whole number from 1 to 3650");
        const email = values.email.toLowerCase();
        await withServices(async (services) => {
          const [person] = await services.db
            .select({ id: schema.user.id })
            .from(schema.user)
            .where(eq(schema.user.email, email));
          if (!person) throw new UsageError(`No account has the email ${email}`);
          const created = await createPersonalAccessToken(services.db, {
            userId: person.id,
            name: values.name ?? "Command line",
            expiresAt: new Date(services.now().getTime() + days * 86_400_000),
            actor: cliActor,
          });
          console.log(created.token);
        });
        return;
      }
      case "backup":
      case "restore": {
        const file = positionals[0];
        if (!file && command === "backup") {
          await withServices(async (services) => {
            const settings = services.config.backup;
            if (!settings) throw new UsageError("backup needs a file name, or BACKUP_DIR set to a folder for backups");
            const result = await backupToFolder(services.database, { ...settings, now: services.now() });
            console.log(
              `Backed up ${result.rows} rows in ${result.tables} tables (to ${result.file}); ${result.deleted.length} older backup(s) removed.`,
            );
          });
          return;
        }
        if (!file) throw new UsageError(`${command} needs a file name`);
        await withServices(async (services) => {
          const result =
            command === "backup" ? await backupTo(services.database, file) : await restoreFrom(services.database, file);
          console.log(
            `${command === "backup" ? "Backed up" : "Restored"} ${result.rows} rows in ${result.tables} tables (${command === "backup" ? "to" : "from"} ${file}).`,
          );
        });
        return;
      }
      case "rotate-key":
        await withServices(async (services) => {
          const rotated = await rotateSigningKey(services, cliActor);
          console.log(
            `New signing key ${rotated.id}. ${rotated.retired.length} older key(s) retired; they stay published so what they signed still verifies.`,
          );
        });
        return;
      case "add-credential-proofs":
        await withServices(async (services) => {
          await requestCredentialProofs(services.db);
          console.log("Queued: the worker adds an embedded proof to every credential issued without one.");
        });
        return;
      case undefined:
      case "help":
      case "--help":
        console.log(usage);
        return;
      default:
        throw new UsageError(`Unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      process.exit(2);
    }
    if (isAppError(error)) {
      const fields = error.details.fields?.map((f) => `${f.path}: ${f.message ?? f.detail}`).join("; ");
      console.error(fields ? `${error.message} (${fields})` : error.message);
      process.exit(1);
    }
    throw error;
  }
});
