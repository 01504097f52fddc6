// The "Support now" list on both engines: the hub's order, the page's language, and an empty list when none are set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { listSupportResources } from "#features/hub/list-support-resources.ts";

describe.each(enginesUnderTest())("support resources on %s", (engine) => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(async () => services.close());

  it("is empty before the hub lists any", async () => {
    expect(await listSupportResources(services.db, { locale: "en" })).toEqual([]);
  });

  it("lists resources by sort order, with the description in the page's language", async () => {
    await services.db.insert(schema.supportResource).values([
      {
        name: "Warmline",
        descriptionEn: "Talk with a peer.",
        descriptionEs: "Habla con una persona par.",
        phone: "1-800-698-2392",
        peerRun: true,
        sortOrder: 20,
        lastVerifiedOn: "2025-03-01",
      },
      {
        name: "988",
        descriptionEn: "Call or text.",
        descriptionEs: "",
        phone: "988",
        sms: "988",
        sortOrder: 10,
        lastVerifiedOn: "2025-01-31",
      },
    ]);
    const english = await listSupportResources(services.db, { locale: "en" });
    expect(english.map((r) => r.name)).toEqual(["988", "Warmline"]);
    expect(english[1]).toMatchObject({ description: "Talk with a peer.", peerRun: true, lastVerifiedOn: "2025-03-01" });
    const spanish = await listSupportResources(services.db, { locale: "es" });
    expect(spanish[1]!.description).toBe("Habla con una persona par.");
    // Without a Spanish text, the English one is shown rather than nothing.
    expect(spanish[0]!.description).toBe("Call or text.");
  });
});
