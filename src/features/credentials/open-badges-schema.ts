// 1EdTech's Open Badges 3.0 AchievementCredential JSON Schema (vendored; see open-badges-schema/README.md), compiled
// once with ajv as 1EdTech's validator does (draft 2019-09 with formats).
import { Ajv2019, type ValidateFunction } from "ajv/dist/2019.js";
import addFormatsModule from "ajv-formats";
import achievementCredentialSchema from "./open-badges-schema/ob_v3p0_achievementcredential_schema.json" with { type: "json" };

let compiled: ValidateFunction | null = null;

export function openBadgesValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (ajv: Ajv2019) => void)(ajv);
    compiled = ajv.compile(achievementCredentialSchema);
  }
  return compiled;
}

/** Whether a credential says it is an Open Badges 3.0 credential (and so should meet the schema). */
export function isOpenBadge(credential: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(credential.type ?? []);
  return types.includes("OpenBadgeCredential") || types.includes("AchievementCredential");
}
