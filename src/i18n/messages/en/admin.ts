// English: admin pages.
export const admin = {
  "admin.placeholder": "",
} as const;
