// For bench/ingest.ts: how long the API page of a big spec takes until its documentation is on
// screen, in headless Chromium, and until the interactive view (Redoc) has replaced it.
import { chromium, type Browser } from "@playwright/test";

/** The documentation the server rendered, or (while that is being worked out) Redoc's when drawn. */
export const READY = '[data-testid="api-documentation-served"], [data-testid="api-documentation"][data-state="ready"]';
export const INTERACTIVE = '[data-testid="api-documentation"][data-state="ready"]';
const SERVED_IN_HTML = 'data-testid="api-documentation-served"';
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

// Run in the page before its own scripts: marks (by the page's clock) when the server's
// documentation ("served") and Redoc's drawn view ("interactive") first appear, and then when the
// frame holding each has painted (a frame callback runs before that frame's paint; a task queued
// from it runs after). Measured in the page, so a busy page does not delay the reading.
const MARKS = `
  const seen = new Set();
  new MutationObserver(function () {
    const names = [];
    if (document.querySelector(${JSON.stringify(INTERACTIVE)})) names.push("interactive");
    if (document.querySelector('[data-testid="api-documentation-served"]')) names.push("served");
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      performance.mark(name);
      requestAnimationFrame(() => setTimeout(() => performance.mark(name + "-painted")));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"] });
`;

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

export type PageTimes = { ready: number[]; interactive: number[] };

/**
 * Loads the page `runs` times, each in a fresh browser context (no cache), and reads by the
 * page's clock (from the start of its navigation) when its documentation was first on screen
 * (READY) and when the interactive view had drawn (INTERACTIVE), with where the time went.
 */
export async function documentationPage(base: string, slug: string, runs: number, timeoutMs: number): Promise<PageTimes | { failed: string }> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
    const times: PageTimes = { ready: [], interactive: [] };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(MARKS);
      const response = await page.goto(`${base}/apis/${slug}`, { waitUntil: "commit", timeout: timeoutMs });
      if (!response?.ok()) return { failed: `the page answered ${response?.status() ?? "nothing"}` };
      const drawn = await page.waitForFunction(() => performance.getEntriesByName("interactive-painted").length > 0, null, { polling: 100, timeout: timeoutMs }).then(
        () => true,
        () => false,
      );
      if (!drawn) return { failed: `the documentation was not drawn within ${timeoutMs / 1000} s (no ${INTERACTIVE})` };
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const at = await page.evaluate(() => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const spec = performance.getEntriesByType("resource").find((e) => e.name.includes("/openapi/bundled.json")) as PerformanceResourceTiming | undefined;
        const [served, interactive] = ["served-painted", "interactive-painted"].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN);
        return { served: served!, interactive: interactive!, html: navigation.responseEnd, loaded: navigation.loadEventEnd, specStart: spec?.startTime ?? NaN, specEnd: spec?.responseEnd ?? NaN };
      });
      const served = Number.isFinite(at.served);
      times.ready.push(served ? Math.min(at.served, at.interactive) : at.interactive);
      times.interactive.push(at.interactive);
      const ms = (n: number) => `${Math.round(n).toLocaleString("en-GB")} ms`;
      console.log(
        `  page load ${i + 1}/${runs}: documentation on screen ${ms(times.ready.at(-1)!)} (${served ? "as the server rendered it" : "drawn by Redoc: the server's was not there"}), ` +
          `interactive ${ms(at.interactive)}; HTML by ${ms(at.html)}, load event ${ms(at.loaded)}, bundle fetched ${ms(at.specStart)} to ${ms(at.specEnd)}`,
      );
      await context.close();
    }
    return times;
  } finally {
    await browser?.close();
  }
}
