// Runs axe-core in the page for WCAG 2.0/2.1/2.2 A and AA, and turns violations into a message a person can act on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults, Result } from "axe-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export type AxeReport = { violations: Result[]; summary: string };

/**
 * Our CSP refuses inline scripts without the page's nonce, so axe is not added as a <script>: it is
 * evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function checkAccessibility(page: Page): Promise<AxeReport> {
  // Check the page as people get it: scripts loaded and React done hydrating (it may re-render the document).
  await page.waitForLoadState("networkidle");
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    WCAG_TAGS,
  )) as AxeResults;
  return { violations: results.violations, summary: describeViolations(results.violations, page.url()) };
}

export function describeViolations(violations: Result[], url: string): string {
  if (violations.length === 0) return `${url}: no violations`;
  const lines = [`${url}: ${violations.length} accessibility violation(s)`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact ?? "?"}] ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`    at ${node.target.join(" ")}: ${node.html.slice(0, 160)}`);
      if (node.failureSummary) lines.push(`      ${node.failureSummary.replace(/\n/g, "\n      ")}`);
    }
    if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more`);
  }
  return lines.join("\n");
}
