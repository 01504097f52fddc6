// The catalog page's short-lived copy: reused while fresh, loaded once for a rush of visitors, never kept when loading failed.
import { afterEach, describe, expect, it } from "vitest";
import { CATALOG_FRESH_MS, forgetCatalogPages, freshCatalogPage } from "./catalog-page-cache.server.ts";

afterEach(() => forgetCatalogPages());

describe("freshCatalogPage", () => {
  it("reuses a page while it is fresh and loads it again once it is older than CATALOG_FRESH_MS", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await freshCatalogPage("en|page 1", load, 1_000)).toBe(1);
    expect(await freshCatalogPage("en|page 1", load, 1_000 + CATALOG_FRESH_MS - 1)).toBe(1);
    expect(await freshCatalogPage("en|page 1", load, 1_000 + CATALOG_FRESH_MS)).toBe(2);
    expect(await freshCatalogPage("es|page 1", load, 1_000 + CATALOG_FRESH_MS)).toBe(3);
  });

  it("lets visitors who arrive while a page loads share that one load", async () => {
    let loads = 0;
    let release!: () => void;
    const load = () => new Promise<number>((resolve) => (release = () => resolve(++loads)));
    const first = freshCatalogPage("rush", load, 0);
    const second = freshCatalogPage("rush", load, 10);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
  });

  it("does not keep a failed load, so the next visitor tries again", async () => {
    await expect(freshCatalogPage("broken", () => Promise.reject(new Error("database away")), 0)).rejects.toThrow(
      "database away",
    );
    expect(await freshCatalogPage("broken", async () => "back", 1)).toBe("back");
  });

  it("keeps a bounded number of searches, dropping the oldest", async () => {
    for (let index = 0; index < 500; index++) await freshCatalogPage(`search ${index}`, async () => index, 0);
    let reloaded = false;
    await freshCatalogPage("search 0", async () => ((reloaded = true), 0), 1);
    expect(reloaded).toBe(true);
    let kept = true;
    await freshCatalogPage("search 499", async () => ((kept = false), 0), 1);
    expect(kept).toBe(true);
  });
});
