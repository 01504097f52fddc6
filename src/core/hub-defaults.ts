// What a hub is called before an admin names it (its colour default is DEFAULT_ACCENT in theme-colors.ts).
export const DEFAULT_HUB_NAME = "IPS Hub";
