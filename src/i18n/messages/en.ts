// All English messages, keyed by feature; each feature's file sits in en/. Spanish (es.ts) must carry every key.
import { shell } from "./en/shell.ts";
import { mail } from "./en/mail.ts";
import { publicPages } from "./en/public.ts";
import { auth } from "./en/auth.ts";
import { account } from "./en/account.ts";
import { admin } from "./en/admin.ts";
import { api } from "./en/api.ts";

export const en = { ...shell, ...mail, ...publicPages, ...auth, ...account, ...admin, ...api };

export type MessageKey = keyof typeof en;
