// For bench/ingest.ts: how long the API page of a big spec takes until its documentation is ready
// to read, in headless Chromium, and until the interactive view (Redoc) has replaced it.
import { chromium, type Browser, type Page } from "@playwright/test";

/** The documentation the server rendered, or (while that is being worked out) Redoc's when drawn. */
export const READY = '[data-testid="api-documentation-served"], [data-testid="api-documentation"][data-state="ready"]';
export const INTERACTIVE = '[data-testid="api-documentation"][data-state="ready"]';
const SERVED_IN_HTML = 'data-testid="api-documentation-served"';
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The first view of a revision's API page starts working out its documentation (in a worker, for
 * a big spec); that view, and any until the work is done, show Redoc's alone. Visits the page as
 * that first visitor does, then asks for it every half second until the server renders the
 * documentation: how long that took, from the first visit.
 */
export async function firstView(base: string, slug: string, timeoutMs: number): Promise<number | { failed: string }> {
  const started = performance.now();
  for (let deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(500)) {
    const response = await fetch(`${base}/apis/${slug}`);
    if (!response.ok) return { failed: `the page answered ${response.status}` };
    if ((await response.text()).includes(SERVED_IN_HTML)) return performance.now() - started;
  }
  return { failed: `the server did not render the documentation within ${timeoutMs / 1000} s of its first view` };
}

/**
 * When (by the page's clock) `selector` is on screen: in the page, and the frame that holds it
 * painted (the first frame callback after it is found runs before that frame's paint; a task
 * queued from there runs after it).
 */
async function seen(page: Page, selector: string, timeout: number): Promise<number> {
  await page.waitForFunction((s) => document.querySelector(s) !== null && performance.getEntriesByName("first-contentful-paint").length > 0, selector, { polling: "raf", timeout });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
}

export type PageTimes = { ready: number[]; interactive: number[] };

/**
 * Loads the page `runs` times, each in a fresh browser context (no cache): wall time from asking
 * for the page until its documentation is on screen (READY), and until the interactive view has
 * drawn (INTERACTIVE), with where the time went by the page's own clock.
 */
export async function documentationPage(base: string, slug: string, runs: number, timeoutMs: number): Promise<PageTimes | { failed: string }> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
    const times: PageTimes = { ready: [], interactive: [] };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      const response = await page.goto(`${base}/apis/${slug}`, { waitUntil: "commit", timeout: timeoutMs });
      if (!response?.ok()) return { failed: `the page answered ${response?.status() ?? "nothing"}` };
      const readyAt = await seen(page, READY, timeoutMs).catch(() => undefined);
      if (readyAt === undefined) return { failed: `documentation did not render within ${timeoutMs / 1000} s (no ${READY})` };
      times.ready.push(performance.now() - started);
      const served = await page.locator('[data-testid="api-documentation-served"]').count();
      const interactiveAt = await seen(page, INTERACTIVE, timeoutMs).catch(() => undefined);
      if (interactiveAt === undefined) return { failed: `the interactive documentation did not draw within ${timeoutMs / 1000} s (no ${INTERACTIVE})` };
      times.interactive.push(performance.now() - started);
      const phase = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const spec = performance.getEntriesByType("resource").find((e) => e.name.includes("/openapi/bundled.json")) as PerformanceResourceTiming | undefined;
        return { html: navigation.responseEnd, loaded: navigation.loadEventEnd, specStart: spec?.startTime ?? NaN, specEnd: spec?.responseEnd ?? NaN };
      });
      const ms = (n: number) => `${Math.round(n).toLocaleString("en-GB")} ms`;
      console.log(
        `  page load ${i + 1}/${runs}: documentation ready ${ms(times.ready.at(-1)!)} (${served ? "as the server rendered it" : "drawn by Redoc: the server's was not there"}), interactive ${ms(times.interactive.at(-1)!)}; ` +
          `by the page's clock: HTML by ${ms(phase.html)}, documentation on screen by ${ms(readyAt)}, loaded by ${ms(phase.loaded)}, ` +
          `spec fetched ${ms(phase.specStart)} to ${ms(phase.specEnd)}, Redoc drawn by ${ms(interactiveAt)}`,
      );
      await context.close();
    }
    return times;
  } finally {
    await browser?.close();
  }
}
