// The vendored 1EdTech Open Badges 3.0 AchievementCredential JSON Schema, compiled with ajv (draft 2019-09 with formats);
// see src/features/credentials/open-badges-schema/README.md for where the file comes from.
export { openBadgesValidator as openBadgesSchema } from "#features/credentials/open-badges-schema.ts";
