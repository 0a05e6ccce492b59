import type { APIResponse, Page } from "@playwright/test";
import { signIn } from "./auth";
import { expect, test } from "./fixtures";

/** The response's text with its own CSP nonce replaced, so two responses can be compared. */
async function withoutNonce(response: APIResponse): Promise<string> {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const body = await response.text();
  expect(body).toContain(`nonce="${nonce}"`);
  return body.replaceAll(nonce!, "NONCE");
}

test.describe("the page cache for signed-out visitors' searches", () => {
  test("a repeated search is served from the cache: the same page as a fresh render, with its own nonce, and it works", async ({ page, request, expectNoAxeViolations }) => {
    const url = "/apis?q=vehicle&sort=name&lifecycle=live";
    // The first request is rendered as usual; the page is kept from the second on.
    const first = await request.get(url);
    // Other tests write at the same time, and every write starts the cache afresh: hence the retries.
    await expect(async () => {
      const again = await request.get(url);
      expect(again.headers()["x-cache"]).toBe("HIT");
      expect(again.headers()["content-security-policy"]).not.toBe(first.headers()["content-security-policy"]);
      // Any cookie but the CSRF one means a fresh render.
      const fresh = await request.get(url, { headers: { cookie: "fresh=1" } });
      expect(fresh.headers()["x-cache"]).toBeUndefined();
      expect(await withoutNonce(again)).toBe(await withoutNonce(fresh));
    }).toPass({ timeout: 20_000 });

    // In the browser its scripts run under the CSP: the page hydrates, so the menu's links
    // navigate on the client, with no violation reported.
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await expect.poll(async () => (await page.goto(url))!.headers()["x-cache"]).toBe("HIT");
    await expectNoAxeViolations(page);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: "DVLA Vehicle Enquiry Service" })).toBeVisible();
    await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Organisations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(violations).toEqual([]);
  });

  test("a publisher's new API is found at once by a signed-out visitor, and a signed-in visitor never gets a cached page", async ({ browser }) => {
    const name = `Zebra crossing register ${Date.now().toString(36)}`;
    const visitor = await (await browser.newContext()).newPage();
    const search = async (who: Page) => {
      const response = await who.goto(`/apis?q=${encodeURIComponent("zebra crossing")}`);
      return response!.headers()["x-cache"];
    };
    await expect.poll(() => search(visitor)).toBe("HIT");
    await expect(visitor.getByRole("link", { name })).toHaveCount(0);

    const publisher = await (await browser.newContext()).newPage();
    await signIn(publisher, "dvla-publisher");
    expect(await search(publisher)).toBeUndefined();
    await expect(publisher.getByTestId("signed-in-as")).toBeVisible();

    await publisher.goto("/publish/apis/new");
    await publisher.getByLabel("Name", { exact: true }).fill(name);
    await publisher.getByLabel("Description").fill("Where the zebra crossings are.");
    await publisher.getByRole("group", { name: "What stage is the API at?" }).getByLabel("Live", { exact: true }).check();
    await publisher.getByRole("group", { name: "Who can see it in the catalogue?" }).getByLabel("Public", { exact: false }).first().check();
    await publisher.getByRole("group", { name: "How do applications authenticate?" }).getByLabel("No authentication", { exact: true }).check();
    await publisher.getByRole("group", { name: "Does the API serve a dataset?" }).getByLabel("Yes", { exact: true }).check();
    await publisher.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(publisher.getByRole("heading", { level: 1, name })).toBeVisible();

    await search(visitor);
    await expect(visitor.getByRole("link", { name })).toBeVisible();
    await expect(visitor.getByTestId("signed-in-as")).toHaveCount(0);
  });
});
