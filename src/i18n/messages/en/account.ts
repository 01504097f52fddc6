// English: account pages.
export const account = {
  "account.placeholder": "",
} as const;
