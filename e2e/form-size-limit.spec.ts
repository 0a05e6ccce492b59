import { signIn } from "./auth";
import { expect, test } from "./fixtures";

// Every form but the spec upload is a server action of at most 1 MB (lib/security/body-limit.ts).
test("a form larger than a page's forms may be is refused in words, not with a server error", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "dvla-publisher");
  await page.goto("/publish/apis/new");
  await page.getByLabel("Name", { exact: true }).fill("An API with a very long description");
  await page.getByLabel("Description").fill("word ".repeat(300_000));
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Publish", exact: true }).click()]);
  expect(response.status()).toBe(413);
  await expect(page.getByText(/^What you sent is 1\.\d MB, more than the 1 MB a form here can take, so it was not saved\. Go back and shorten the longest answer\.$/)).toBeVisible();
  await context.close();
});
