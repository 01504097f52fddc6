// English: api pages.
export const api = {
  "api.placeholder": "",
} as const;
