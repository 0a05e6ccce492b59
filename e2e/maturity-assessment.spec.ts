import type { Browser, Page } from "@playwright/test";
import { signIn, type DemoUsername } from "./auth";
import { expect, test } from "./fixtures";
import { criteriaFor } from "../lib/maturity/model";

// The criteria a publisher gives evidence for; the rest are worked out from the catalogue.
const attested = criteriaFor("organisation").filter((c) => c.kind === "attested").map((c) => c.text);
const MATURITY = "/organisations/hm-revenue-customs/maturity";

async function signedInPage(browser: Browser, username: DemoUsername): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

async function review(page: Page, verdicts: (text: string) => { verdict: "Accept" | "Return"; comment?: string }, decision: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assessments waiting for review" })).toBeVisible();
  await page.getByRole("row", { name: /HM Revenue & Customs/ }).getByRole("link", { name: /Review/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review the self-assessment" })).toBeVisible();
  for (const region of await page.getByRole("main").locator("form section").all()) {
    const name = (await region.getByRole("heading", { level: 2 }).textContent()) ?? "";
    const { verdict, comment } = verdicts(name);
    await region.getByLabel(verdict, { exact: true }).check();
    if (comment) await region.getByLabel("Comment for the publisher").fill(comment);
  }
  await page.getByRole("group", { name: "What happens to the assessment" }).getByLabel(decision).check();
  await page.getByRole("button", { name: "Send review" }).click();
}

/**
 * An earlier run on this database that stopped half way can leave HMRC's self-assessment open (an
 * organisation has one open at a time): its people finish it first, as they would.
 */
async function finishOpenAssessment(publisher: Page, assessor: Page) {
  await publisher.goto(MATURITY);
  const open = publisher.getByRole("link", { name: "see the self-assessment" });
  if ((await open.count()) === 0) return;
  await publisher.goto((await open.getAttribute("href"))!);
  const answer = publisher.getByRole("link", { name: /^Answer the (attested criteria|assessor’s comments)$/ });
  if (await answer.count()) {
    await publisher.goto((await answer.getAttribute("href"))!);
    for (const text of attested) await publisher.getByRole("group", { name: text }).getByLabel("Evidence").fill(`HMRC evidence: ${text}`);
    await publisher.getByRole("button", { name: "Save and continue" }).click();
    await publisher.getByRole("button", { name: "Submit for review" }).click();
    await expect(publisher.getByText("Submitted: an assessor will review it.")).toBeVisible();
  }
  await review(assessor, () => ({ verdict: "Accept" }), "Approve and publish it");
  await expect(assessor.getByText("Approved and published.")).toBeVisible();
}

test("the HMRC publisher prepares and submits a self-assessment, the assessor returns it, the publisher answers, and the approved grid is published", async ({ browser, expectNoAxeViolations }) => {
  // Two people, four rounds and a dozen pages, each checked by axe, on a loaded two-core machine.
  test.slow();
  const publisher = await signedInPage(browser, "hmrc-publisher");
  const assessor = await signedInPage(browser, "assessor");
  await finishOpenAssessment(publisher, assessor);
  await publisher.goto(MATURITY);
  await publisher.getByRole("button", { name: "Prepare a self-assessment" }).click();
  await expect(publisher.getByRole("heading", { level: 1, name: "Maturity self-assessment" })).toBeVisible();
  await expect(publisher.getByText("Draft", { exact: true })).toBeVisible();
  await expectNoAxeViolations(publisher);
  const assessment = publisher.url();

  // Submitting with no evidence is refused, naming each criterion that lacks it.
  await publisher.getByRole("link", { name: "Answer the attested criteria" }).click();
  await publisher.getByRole("button", { name: "Save and continue" }).click();
  await expect(publisher.getByRole("heading", { level: 1, name: "Check your answers before submitting" })).toBeVisible();
  await publisher.getByRole("button", { name: "Submit for review" }).click();
  const summary = publisher.getByRole("alert");
  for (const text of attested) await expect(summary.getByRole("link", { name: `Give evidence for “${text}”` })).toBeVisible();
  await expect(publisher).toHaveTitle(/^Error: Check your answers/);
  await expectNoAxeViolations(publisher);

  await publisher.goto(`${assessment}/answers`);
  for (const text of attested) await publisher.getByRole("group", { name: text }).getByLabel("Evidence").fill(`HMRC evidence: ${text}`);
  await publisher.getByRole("group", { name: attested[0]! }).getByLabel("Links (optional)").fill("https://www.gov.uk/government/organisations/hm-revenue-customs");
  await expectNoAxeViolations(publisher);
  await publisher.getByRole("button", { name: "Save and continue" }).click();
  await publisher.getByRole("button", { name: "Submit for review" }).click();
  await expect(publisher.getByText("Submitted: an assessor will review it.")).toBeVisible();

  // The assessor returns the first answer with a comment.
  const comment = "Name the standards bodies and link to the standards you helped define.";
  await review(assessor, (name) => (name === attested[0] ? { verdict: "Return", comment } : { verdict: "Accept" }), "Return it to the publisher");
  await expect(assessor.getByText("Returned to the publisher with your comments.")).toBeVisible();
  await expectNoAxeViolations(assessor);

  // The publisher answers the comment and submits again.
  await publisher.goto(assessment);
  await expect(publisher.getByText("Returned to the publisher", { exact: true })).toBeVisible();
  await publisher.getByRole("link", { name: "Answer the assessor’s comments" }).click();
  const returned = publisher.getByRole("group", { name: attested[0]! });
  await expect(returned.getByText(`The assessor returned this answer: ${comment}`)).toBeVisible();
  await returned.getByLabel("Evidence").fill("HMRC chairs the W3C Verifiable Credentials working group and co-edited its data model.");
  await publisher.getByRole("button", { name: "Save and continue" }).click();
  await publisher.getByRole("button", { name: "Submit for review" }).click();
  await expect(publisher.getByText("Submitted: an assessor will review it.")).toBeVisible();

  // Only the answer sent back is reviewed again; approving publishes the grid.
  await review(assessor, () => ({ verdict: "Accept" }), "Approve and publish it");
  await expect(assessor.getByText("Approved and published.")).toBeVisible();
  await expect(assessor.getByRole("heading", { level: 1, name: "Published maturity assessment" })).toBeVisible();
  await expect(assessor.getByRole("table", { name: "Maturity of HM Revenue & Customs, as published" })).toBeVisible();
  await expectNoAxeViolations(assessor);

  await publisher.goto(MATURITY);
  const published = publisher.getByRole("table", { name: /^Levels of HM Revenue & Customs as published on \d{4}-\d{2}-\d{2}$/ });
  await expect(published.getByRole("rowheader")).toHaveText(["Documenting existing systems", "API", "OAuth", "Open standards", "Data"]);
  await expect(publisher.getByText("Live, not yet assessed")).toBeVisible();
  await expect(publisher.getByRole("button", { name: "Prepare a self-assessment" })).toBeVisible();
  const levels = await published.getByRole("cell").allTextContents();
  const digits = levels.map((l) => (l === "None" ? "0" : l.replace("Level ", "")));
  // Its history: a chart, and the same figures in a table whose latest row is the one just published.
  await expect(publisher.getByRole("img", { name: /^Line chart of HM Revenue & Customs’s published levels over \d+ assessments?/ })).toBeVisible();
  const history = publisher.getByRole("table", { name: "Published levels of HM Revenue & Customs over time" });
  await expect(history.getByRole("row").last().getByRole("cell")).toHaveText(digits);
  await expectNoAxeViolations(publisher);
  const publishedOn = (await history.getByRole("row").last().getByRole("rowheader").textContent()) ?? "";

  // Each of HMRC's systems had its levels kept with the approval: its page charts them over time.
  await publisher.goto("/systems/hmrc-pay-as-you-earn/maturity");
  await expect(publisher.getByRole("img", { name: /^Line chart of PAYE Real Time Information’s published levels over \d+ assessments?/ })).toBeVisible();
  const systemHistory = publisher.getByRole("table", { name: "Published levels of PAYE Real Time Information over time" });
  await expect(systemHistory.getByRole("row").last().getByRole("rowheader")).toHaveText(publishedOn);
  await expect(systemHistory.getByRole("row").last().getByRole("cell")).toHaveText(Array(5).fill(/^[0-3]$/));
  await expectNoAxeViolations(publisher);
  await publisher.goto(MATURITY);

  // The comparison across government lists HMRC with the levels just published.
  await publisher.getByRole("link", { name: "Compare the published levels of every organisation" }).click();
  await publisher.getByLabel("Filter by organisation").fill("Revenue");
  await publisher.getByRole("button", { name: "Filter" }).click();
  const hmrc = publisher.getByRole("row", { name: /^HM Revenue & Customs/ });
  await expect(hmrc.getByRole("cell")).toHaveText([/^\d{4}-\d{2}-\d{2}$/, ...levels.map((l) => (l === "None" ? "None" : l.replace("Level ", "")))]);
  const csv = await publisher.request.get(await publisher.getByRole("link", { name: "Download this table as CSV" }).getAttribute("href") ?? "");
  const text = await csv.text();
  expect(text.split("\n")[0]).toBe("Organisation,Published,Documenting existing systems,API,OAuth,Open standards,Data");
  expect(text).toMatch(/\nHM Revenue & Customs,\d{4}-\d{2}-\d{2}(,\d){5}\n/);
  await expectNoAxeViolations(publisher);

  // The dashboard counts it in the distribution of levels across government.
  await publisher.goto("/dashboard");
  const distribution = publisher.getByRole("table", { name: "Organisations at each maturity level, by their published assessments" });
  await expect(distribution.getByRole("rowheader")).toHaveText(["Documenting existing systems", "API", "OAuth", "Open standards", "Data"]);
  await expect(publisher.getByRole("img", { name: /^Stacked bar chart of the levels reached by \d+ assessed organisations?, per dimension/ })).toBeVisible();

  // So does the home page.
  await publisher.goto("/");
  await expect(publisher.getByRole("table", { name: "Organisations at each maturity level, by their published assessments" }).getByRole("rowheader")).toHaveText(["Documenting existing systems", "API", "OAuth", "Open standards", "Data"]);
  await expect(publisher.getByRole("img", { name: /^Stacked bar chart of the levels reached by \d+ assessed organisations?, per dimension/ })).toBeVisible();
  await expectNoAxeViolations(publisher);
});

test("an assessor approves an exemption with a reason and an expiry, and the live grid counts it", async ({ browser, expectNoAxeViolations }) => {
  const assessor = await signedInPage(browser, "assessor");
  const criterion = criteriaFor("organisation").find((c) => c.id === "organisation.open-standards.3.standards-bodies")!;
  // The DVLA's: the journey above needs every HMRC criterion to ask for evidence.
  await assessor.goto("/organisations/driver-and-vehicle-licensing-agency/maturity");
  await assessor.getByRole("link", { name: "Approve an exemption from a criterion" }).click();
  await expect(assessor.getByRole("heading", { level: 1, name: "Approve an exemption" })).toBeVisible();

  // Without a reason or an expiry it is refused, each problem linked to its field.
  await assessor.getByLabel("Criterion").selectOption({ label: criterion.text });
  await assessor.getByLabel("Exempt", { exact: true }).check();
  await assessor.getByRole("button", { name: "Approve exemption" }).click();
  const summary = assessor.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter the reason for the exemption" })).toHaveAttribute("href", "#reason");
  await expect(summary.getByRole("link", { name: "Enter the date the exemption expires" })).toHaveAttribute("href", "#expiresAt");
  await expect(assessor).toHaveTitle(/^Error: Approve an exemption/);
  await expectNoAxeViolations(assessor);

  // A reason of this run's own, so the grid is seen to count this exemption, not one an earlier run left.
  const reason = `The DVLA is joining the W3C this year (${Date.now().toString(36)})`;
  await assessor.getByLabel("Reason").fill(reason);
  await assessor.getByLabel("Expiry date").fill("2199-03-31");
  await assessor.getByRole("button", { name: "Approve exemption" }).click();
  const row = assessor.getByRole("table", { name: /level by level/ }).getByRole("row", { name: /^Open standards/ });
  await row.getByText(`Evidence for “${criterion.text}”`).click();
  await expect(row.getByText(`Exempt until 2199-03-31, approved by an assessor: ${reason}`)).toBeVisible();
  await expectNoAxeViolations(assessor);
});
