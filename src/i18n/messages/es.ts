// Todos los mensajes en español, por función; cada archivo está en es/ y debe tener las claves de en/.
import type { MessageKey } from "./en.ts";
import { shell } from "./es/shell.ts";
import { mail } from "./es/mail.ts";
import { publicPages } from "./es/public.ts";
import { auth } from "./es/auth.ts";
import { account } from "./es/account.ts";
import { admin } from "./es/admin.ts";
import { api } from "./es/api.ts";
import { registration } from "./es/registration.ts";
import { certifications } from "./es/certifications.ts";
import { notices } from "./es/notices.ts";
import { catalog } from "./es/catalog.ts";
import { courses } from "./es/courses.ts";
import { myTrainings } from "./es/my-trainings.ts";
import { roster } from "./es/roster.ts";
import { attendance } from "./es/attendance.ts";
import { credentials } from "./es/credentials.ts";
// — imports of past trainings —
import { imports } from "./es/imports.ts";
// — webhooks —
import { webhooks } from "./es/webhooks.ts";
// — evaluations —
import { evaluations } from "./es/evaluations.ts";
// — journal and prompts —
import { journal } from "./es/journal.ts";
import { prompts } from "./es/prompts.ts";
// — partners —
import { partners } from "./es/partners.ts";
// — impact (issue 12) —
import { impact } from "./es/impact.ts";
// — circles —
import { circles } from "./es/circles.ts";
// trainers (issue 10)
import { trainers } from "./es/trainers.ts";
// — trusted issuers (issue 13, item 4) —
import { trust } from "./es/trust.ts";
// privacy (issue 14)
import { privacy } from "./es/privacy.ts";
import { retention } from "./es/retention.ts";
import { deletion } from "./es/deletion.ts";
// in-house trainings (issue 10, item 6)
import { inhouse } from "./es/inhouse.ts";
// audit codes worded for people (issue 15)
import { audit } from "./es/audit.ts";

export const es: Record<MessageKey, string> = {
  ...shell,
  ...mail,
  ...publicPages,
  ...auth,
  ...account,
  ...admin,
  ...api,
  ...registration,
  ...certifications,
  ...notices,
  ...catalog,
  ...courses,
  ...myTrainings,
  ...roster,
  ...attendance,
  ...credentials,
  ...imports,
  // — webhooks —
  ...webhooks,
  // — evaluations —
  ...evaluations,
  // — journal and prompts —
  ...journal,
  ...prompts,
  // — partners —
  ...partners,
  // — impact (issue 12) —
  ...impact,
  // — circles —
  ...circles,
  // trainers (issue 10)
  ...trainers,
  // — trusted issuers (issue 13, item 4) —
  ...trust,
  // privacy (issue 14)
  ...privacy,
  ...retention,
  ...deletion,
  ...inhouse,
  // audit codes worded for people (issue 15)
  ...audit,
};
