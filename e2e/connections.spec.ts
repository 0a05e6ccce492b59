import type { Browser, Page } from "@playwright/test";
import { signIn, type DemoUsername } from "./auth";
import { expect, test } from "./fixtures";

const run = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const group = (page: Page, legend: string | RegExp) => page.getByRole("group", { name: legend });
const banner = (page: Page) => page.getByRole("alert", { name: "Success" });
type Axe = (page: Page) => Promise<void>;

async function signedInPage(browser: Browser, username: DemoUsername) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** Registers and publishes a system for the signed-in publisher's organisation; resolves on its page. */
async function registerSystem(page: Page, name: string) {
  await page.goto("/publish/systems/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill(`A system for the connections journey. ${name}.`);
  await group(page, "What stage is the system at?").getByLabel("Live", { exact: true }).check();
  await group(page, "Where is it hosted?").getByLabel("Cloud", { exact: true }).check();
  await page.getByLabel("Team that owns the system").fill("Data team");
  await page.getByLabel("Team’s email address").fill("data-team@example.gov.uk");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** From a system's page, registers a published API of that system; resolves on the API's page. */
async function registerApiOfSystem(page: Page, name: string) {
  await page.getByRole("link", { name: "Register an API of this system" }).click();
  await expect(page.getByLabel("System it belongs to (optional)")).toHaveValue(/.+/);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Description").fill(`Whether a vehicle is taxed. ${name}.`);
  await group(page, "What stage is the API at?").getByLabel("Live", { exact: true }).check();
  await group(page, "Who can see it in the catalogue?").getByLabel("Public", { exact: true }).check();
  await group(page, "How do applications authenticate?").getByLabel("OAuth 2.0", { exact: true }).check();
  await group(page, "Does the API serve a dataset?").getByLabel("No", { exact: true }).check();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** From a system's page, "Add a connection" to (or from) the other system, answering the details. */
async function addConnection(page: Page, axe: Axe, o: { other: string; end: "sends" | "receives"; api?: string; description: string; visibility: "Public" | "Government only" }) {
  await page.getByRole("link", { name: "Add a connection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a connection" })).toBeVisible();
  await group(page, /send or receive the data/).getByLabel(o.end === "sends" ? /sends data to/ : /receives data from/).check();
  await page.getByLabel("The other system", { exact: true }).selectOption({ label: o.other });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("What data is exchanged?")).toBeVisible();
  await axe(page);
  await group(page, "Which way does data flow?").getByLabel(/^One way/).check();
  if (o.api) await page.getByLabel(/^Through which API of/).selectOption({ label: o.api });
  await page.getByLabel("What data is exchanged?").fill(o.description);
  await group(page, "Technology and format").getByLabel("REST with JSON").check();
  await group(page, "Is the format an open standard?").getByLabel("Yes", { exact: true }).check();
  await group(page, "Does personal data flow?").getByLabel("Yes", { exact: true }).check();
  await group(page, /are requests for it logged/).getByLabel("Yes", { exact: true }).check();
  await group(page, "How often does data flow?").getByLabel("Real time").check();
  await group(page, "What stage is the connection at?").getByLabel("Live", { exact: true }).check();
  await group(page, "Who can see this connection?").getByLabel(new RegExp(`^${o.visibility}`)).check();
  await page.getByRole("button", { name: "Add connection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^From / })).toBeVisible();
}

test.describe("connections between systems", () => {
  test("the DVLA declares a connection through an HMRC API, HMRC confirms it, and it is shown only to those who may see it", async ({ browser, expectNoAxeViolations }) => {
    // Three people, a dozen pages and forms: about 35 s alone, more beside other workers.
    test.slow();
    const id = run();
    const sender = `Vehicle register ${id}`;
    // Named to sort first, so the filtered list shows it on its first page whatever else is there.
    const noApi = `Aardvark keeper archive ${id}`;
    const receiver = `Tax records ${id}`;
    const api = `Vehicle tax status ${id}`;

    const hmrc = await signedInPage(browser, "hmrc-publisher");
    await registerSystem(hmrc, receiver);
    const receiverPath = new URL(hmrc.url()).pathname;
    await registerApiOfSystem(hmrc, api);
    const apiPath = new URL(hmrc.url()).pathname;

    const dvla = await signedInPage(browser, "dvla-publisher");
    await registerSystem(dvla, noApi);
    const noApiPath = new URL(dvla.url()).pathname;
    await registerSystem(dvla, sender);
    const senderPath = new URL(dvla.url()).pathname;
    await expectNoAxeViolations(dvla);

    // Bad input: nothing chosen, then a details form left blank, each shows the error summary.
    await dvla.getByRole("link", { name: "Add a connection" }).click();
    await dvla.getByRole("button", { name: "Continue" }).click();
    await expect(dvla).toHaveTitle(/^Error: Add a connection/);
    const summary = dvla.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Select whether this system sends or receives the data" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Select the other system" })).toBeVisible();
    await expectNoAxeViolations(dvla);
    await group(dvla, /send or receive the data/).getByLabel(/sends data to/).check();
    await dvla.getByLabel("The other system", { exact: true }).selectOption({ label: receiver });
    await dvla.getByRole("button", { name: "Continue" }).click();
    await dvla.getByRole("button", { name: "Add connection" }).click();
    await expect(dvla).toHaveTitle(/^Error: Add a connection/);
    await expect(summary.getByRole("link", { name: "Enter what data is exchanged" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Select who can see the connection" })).toBeVisible();
    await expectNoAxeViolations(dvla);

    await dvla.goto(senderPath);
    await addConnection(dvla, expectNoAxeViolations, { other: receiver, end: "sends", api, description: `Tax status of each registered vehicle ${id}`, visibility: "Public" });
    await expect(banner(dvla)).toContainText("The connection has been added");
    await expect(dvla.getByText("Not yet confirmed by the other end").first()).toBeVisible();
    const connectionPath = new URL(dvla.url()).pathname;
    await expectNoAxeViolations(dvla);
    // The declaring side is not offered the confirmation.
    await expect(dvla.getByRole("link", { name: "Confirm", exact: true })).toHaveCount(0);

    // A government-only connection, from the system with no API.
    await dvla.goto(noApiPath);
    await addConnection(dvla, expectNoAxeViolations, { other: receiver, end: "sends", description: `Archived keepers ${id}`, visibility: "Government only" });

    // HMRC confirms the first.
    await hmrc.goto(connectionPath);
    await hmrc.getByRole("link", { name: "Confirm", exact: true }).click();
    await expect(hmrc.getByRole("heading", { level: 1, name: /^Confirm the connection/ })).toBeVisible();
    await expectNoAxeViolations(hmrc);
    await hmrc.getByRole("button", { name: "Confirm connection" }).click();
    await expect(banner(hmrc)).toContainText("The connection has been confirmed.");
    await expect(hmrc.getByText("Confirmed by both ends").first()).toBeVisible();

    // The map and its table twin show it confirmed: the map's view of the sender filtered to confirmed connections holds it.
    const senderSlug = senderPath.split("/").pop()!;
    await hmrc.goto(`/estate?view=system&focus=${senderSlug}&confirmation=confirmed`);
    await expect(hmrc.locator('[data-testid="estate-map"][data-drawn]')).toBeAttached({ timeout: 30_000 });
    await expect(hmrc.getByTestId("view-counts")).toHaveText(/^2 systems and 1 connection in this view\./);
    await expectNoAxeViolations(hmrc);
    await hmrc.goto(`/estate/table?view=system&focus=${senderSlug}`);
    const edges = hmrc.getByRole("table", { name: /^Connections/ });
    await expect(edges.getByRole("row", { name: new RegExp(`${sender}.*${receiver}`) })).toContainText("Confirmed by both ends");
    await expectNoAxeViolations(hmrc);

    // The API page lists the DVLA system under "Used by".
    await hmrc.goto(apiPath);
    const usedBy = hmrc.getByRole("region", { name: "Used by" });
    await expect(usedBy.getByRole("link", { name: sender, exact: true })).toBeVisible();
    await expect(usedBy).toContainText("Confirmed");
    await expectNoAxeViolations(hmrc);

    // The receiving system's page, signed in: both connections, with the confirmation in words.
    await hmrc.goto(receiverPath);
    const receives = hmrc.getByRole("table", { name: "Receives data from" });
    await expect(receives.getByRole("row")).toHaveCount(3);
    await expect(receives.getByRole("row", { name: new RegExp(sender) })).toContainText("Confirmed");
    await expect(receives.getByRole("row", { name: new RegExp(noApi) })).toContainText("Unconfirmed");
    await expectNoAxeViolations(hmrc);

    // An anonymous visitor neither sees nor counts the government-only connection.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(receiverPath);
    const seen = visitor.getByRole("table", { name: "Receives data from" });
    await expect(seen.getByRole("link", { name: sender, exact: true })).toBeVisible();
    await expect(visitor.getByText(noApi)).toHaveCount(0);
    await expectNoAxeViolations(visitor);
    await visitor.goto("/systems?organisation=hm-revenue-customs");
    await expect(visitor.getByRole("row", { name: new RegExp(receiver) }).getByRole("cell").nth(4)).toHaveText("1");
    await visitor.goto("/systems?organisation=driver-and-vehicle-licensing-agency");
    await expect(visitor.getByRole("row", { name: new RegExp(noApi) }).getByRole("cell").nth(3)).toHaveText("0");
    const hidden = await visitor.goto(connectionPath.replace(/\/connections\/.*/, "/connections/none-such"));
    expect(hidden?.status()).toBe(404);

    // The systems list, through its navigation link and filters: "No API" finds the archive.
    await visitor.goto("/");
    await visitor.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Systems" }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "Systems" })).toBeVisible();
    await visitor.getByLabel("Organisation").selectOption({ label: "Driver and Vehicle Licensing Agency" });
    await visitor.getByLabel("API in the catalogue").selectOption({ label: "No API" });
    await visitor.getByRole("button", { name: "Apply filters" }).click();
    await expect(visitor).toHaveURL(/api=no/);
    await expect(visitor.getByRole("link", { name: noApi, exact: true })).toBeVisible();
    await expect(visitor.getByRole("row", { name: new RegExp(noApi) })).toContainText("No");
    await expectNoAxeViolations(visitor);
    await visitor.goto("/systems?api=yes&organisation=hm-revenue-customs");
    await expect(visitor.getByRole("link", { name: receiver, exact: true })).toBeVisible();
  });
});
