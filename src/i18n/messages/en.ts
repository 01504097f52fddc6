// All English messages, keyed by feature; each feature's file sits in en/. Spanish (es.ts) must carry every key.
import { shell } from "./en/shell.ts";
import { mail } from "./en/mail.ts";
import { publicPages } from "./en/public.ts";
import { auth } from "./en/auth.ts";
import { account } from "./en/account.ts";
import { admin } from "./en/admin.ts";
import { api } from "./en/api.ts";
import { registration } from "./en/registration.ts";
import { certifications } from "./en/certifications.ts";
import { notices } from "./en/notices.ts";
import { catalog } from "./en/catalog.ts";
import { courses } from "./en/courses.ts";
import { myTrainings } from "./en/my-trainings.ts";
import { roster } from "./en/roster.ts";
import { attendance } from "./en/attendance.ts";
import { credentials } from "./en/credentials.ts";
// — imports of past trainings —
import { imports } from "./en/imports.ts";
// — webhooks —
import { webhooks } from "./en/webhooks.ts";
// — evaluations —
import { evaluations } from "./en/evaluations.ts";
// — journal and prompts —
import { journal } from "./en/journal.ts";
import { prompts } from "./en/prompts.ts";
// — partners —
import { partners } from "./en/partners.ts";
// — impact (issue 12) —
import { impact } from "./en/impact.ts";
// — circles —
import { circles } from "./en/circles.ts";
// trainers (issue 10)
import { trainers } from "./en/trainers.ts";
// — trusted issuers (issue 13, item 4) —
import { trust } from "./en/trust.ts";
// privacy (issue 14)
import { privacy } from "./en/privacy.ts";
import { retention } from "./en/retention.ts";
import { deletion } from "./en/deletion.ts";
// in-house trainings (issue 10, item 6)
import { inhouse } from "./en/inhouse.ts";
// audit codes worded for people (issue 15)
import { audit } from "./en/audit.ts";

export const en = {
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

export type MessageKey = keyof typeof en;
