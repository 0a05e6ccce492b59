import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evaluate, type EvidenceItem, type Facts } from "@/lib/maturity/levels";
import { nextSteps } from "@/lib/maturity/next-steps";
import { MaturityGrid } from "./MaturityGrid";
import { NextStepsList } from "./NextStepsList";

const NOW = new Date("2026-12-05T12:00:00Z");
const system = (name: string, state: EvidenceItem["state"], note?: string): EvidenceItem => ({ name, href: `/systems/${name.toLowerCase()}`, state, ...(note ? { note } : {}) });
const facts = {
  "system-described": [system("Register", "yes"), system("Ledger", "no")],
  "system-has-api": [system("Register", "yes"), system("Ledger", "no")],
} as Partial<Facts> as Facts;
const grid = evaluate("organisation", facts, { exemptions: { "organisation.oauth.1.api-oauth-any.at-least": { reason: "Moving to OAuth", expiresAt: "2027-03-01T00:00:00Z", approvedBy: "assessor" } } }, NOW);

describe("the maturity grid", () => {
  const html = renderToStaticMarkup(<MaturityGrid grid={grid} caption="Maturity of DVLA" />);

  it("is a table with a row header per dimension and a column per level", () => {
    expect(html).toContain("<caption");
    expect(html.match(/<th scope="row"/g)).toHaveLength(5);
    expect(html.match(/<th scope="col"[^>]*>Maturity Level \d<\/th>/g)).toHaveLength(3);
  });

  it("says each criterion's state in words and keeps its evidence, naming each record, behind one click", () => {
    for (const words of ["Met", "Not met", "Not applicable", "Exempt", "Awaiting evidence"]) expect(html).toContain(`>${words}</strong>`);
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Evidence<span class="sr-only"> for “At least one system has an API in the catalogue”<\/span><\/summary>/);
    expect(html).toContain('<a class="govuk-link" href="/systems/ledger">Ledger</a>: <strong>Does not meet it</strong>');
    expect(html).toContain("Exempt until 2027-03-01, approved by an assessor: Moving to OAuth");
    expect(html).toContain("Automatic. Needs more than half (over 50%)");
  });
});

describe("the next steps", () => {
  it("name what stands between each dimension and its next level, linking to the criterion", () => {
    const html = renderToStaticMarkup(<NextStepsList steps={nextSteps(grid)} />);
    expect(html).toContain('href="#organisation.api.2.system-has-api.more-than-share"');
    expect(html).toContain("1 of 2 systems has no API in the catalogue: Ledger.");
    expect(html).toContain("To reach level 1 (<q>Data mostly entered manually</q>)");
  });
});
