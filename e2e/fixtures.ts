import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, as the service promises: axe's rules for A and AA up to 2.2. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable block per violation: impact, rule, what it asks, and each offending element. */
export function formatViolations(violations: AxeResults["violations"]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `[${v.impact ?? "unknown"}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join("\n\n");
}

/** An API page's generated documentation. */
export const DOCUMENTATION = '[data-testid="api-documentation"]';

/**
 * `exclude`: selectors axe leaves out, such as DOCUMENTATION for a spec too large to check whole
 * in a test's time (documentation.spec.ts checks the documentation of real specs); the page is
 * then checked without waiting for the documentation to be drawn, as nothing else changes.
 */
export type AxeOptions = { exclude?: string[] };

export const test = base.extend<{ expectNoAxeViolations: (page: Page, options?: AxeOptions) => Promise<void> }>({
  expectNoAxeViolations: async ({ javaScriptEnabled }, use, testInfo) => {
    await use(async (page: Page, { exclude = [] }: AxeOptions = {}) => {
      // After a client-side navigation Next streams the page's title after its content: wait for
      // it (a page with no title still fails, here or in axe's document-title rule).
      await expect(page, `the page ${page.url()} has no title`).toHaveTitle(/\S/);
      // An API's documentation is drawn in batches after the page loads: axe checks it once it is
      // all there, never a page changing under it (which made its findings depend on timing).
      // It "waits" until the page's script runs, then loads; without script it stays as the server sent it.
      if (!exclude.includes(DOCUMENTATION) && javaScriptEnabled !== false) {
        await expect(page.locator(`${DOCUMENTATION}:is([data-state="waiting"], [data-state="loading"]), [aria-busy="true"]`), `the page ${page.url()} is still drawing`).toHaveCount(0, { timeout: 30_000 });
      }
      const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
      for (const selector of exclude) builder.exclude(selector);
      const results = await builder.analyze();
      if (results.violations.length > 0) {
        await testInfo.attach(`axe violations on ${page.url()}`, {
          body: JSON.stringify(results.violations, null, 2),
          contentType: "application/json",
        });
      }
      const list = formatViolations(results.violations);
      expect(results.violations.length, `axe found accessibility violations on ${page.url()}:\n\n${list}\n`).toBe(0);
    });
  },
});

export { expect };
