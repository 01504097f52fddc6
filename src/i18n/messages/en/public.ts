// English: public pages.
export const publicPages = {
  "public.placeholder": "",
} as const;
