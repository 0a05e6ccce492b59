import { describe, expect, it } from "vitest";
import { normaliseOrganisationRow } from "./organisation-row";

const row = (values: Partial<Record<"id" | "name" | "alternateName" | "url", string>>) => ({
  id: "hm-revenue-customs",
  name: "HM Revenue & Customs",
  alternateName: "HMRC",
  url: "",
  ...values,
});

describe("normaliseOrganisationRow", () => {
  it("maps the columns onto the organisation", () => {
    expect(normaliseOrganisationRow(row({ url: "https://www.gov.uk/hmrc" }))).toEqual({
      ok: true,
      value: {
        slug: "hm-revenue-customs",
        name: "HM Revenue & Customs",
        acronym: "HMRC",
        website: "https://www.gov.uk/hmrc",
        type: "non-ministerial-department",
      },
      warnings: [],
    });
  });

  it("lower-cases the id into the slug and adds https:// to a bare domain, with a warning", () => {
    const result = normaliseOrganisationRow(row({ id: "Insolvency-service", name: "Insolvency Service", url: "www.insolvency.gov.uk" }));
    expect(result).toMatchObject({
      ok: true,
      value: { slug: "insolvency-service", website: "https://www.insolvency.gov.uk", type: "executive-agency" },
      warnings: ['url "www.insolvency.gov.uk" has no https://, so https://www.insolvency.gov.uk was stored'],
    });
  });

  it("drops a website that is not a web address, with a warning", () => {
    const result = normaliseOrganisationRow(row({ url: "mailto:someone@example.gov.uk" }));
    expect(result).toMatchObject({ ok: true, value: { website: null } });
    if (result.ok) expect(result.warnings[0]).toMatch(/not an http or https address/);
  });

  it("stores a blank acronym as null", () => {
    expect(normaliseOrganisationRow(row({ alternateName: " " }))).toMatchObject({ ok: true, value: { acronym: null } });
  });

  it("rejects a row without an id or name, or with an over-long field", () => {
    expect(normaliseOrganisationRow(row({ id: "" }))).toEqual({ ok: false, reason: "the id is missing" });
    expect(normaliseOrganisationRow(row({ name: "x".repeat(501) }))).toEqual({
      ok: false,
      reason: "the name is 501 characters long (the limit is 500)",
    });
  });
});
