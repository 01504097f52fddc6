// Español: páginas de public.
import type { publicPages as en } from "../en/public.ts";

export const public: Record<keyof typeof en, string> = {
  "public.placeholder": "",
};
