// The vendored 1EdTech Open Badges 3.0 AchievementCredential JSON Schema, compiled with ajv as 1EdTech's validator does
// (draft 2019-09 with formats); see tests/fixtures/open-badges/README.md for where the file comes from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2019 } from "ajv/dist/2019.js";
import addFormatsModule from "ajv-formats";

export function openBadgesSchema() {
  const schema = JSON.parse(
    readFileSync(path.resolve("tests/fixtures/open-badges/ob_v3p0_achievementcredential_schema.json"), "utf8"),
  );
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (ajv: Ajv2019) => void)(ajv);
  return ajv.compile(schema);
}
