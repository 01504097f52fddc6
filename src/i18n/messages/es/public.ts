// Español: páginas de public.
import type { publicPages as en } from "../en/public.ts";

export const publicPages: Record<keyof typeof en, string> = {
  "public.placeholder": "",
};
