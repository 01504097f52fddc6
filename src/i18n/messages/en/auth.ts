// English: auth pages.
export const auth = {
  "auth.placeholder": "",
} as const;
