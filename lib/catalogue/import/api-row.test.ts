import { describe, expect, it } from "vitest";
import { importKeyOf, lifecycleFor, normaliseApiRow } from "./api-row";

const orgs = new Set(["hm-revenue-customs", "insolvency-service"]);
const row = (values: Record<string, string> = {}) => ({
  dateAdded: "2020-09-02",
  dateUpdated: "2020-09-02",
  url: "https://api.service.hmrc.gov.uk",
  name: "VAT (MTD)",
  description: "Submit VAT returns.\\n\\n- one\\n- two",
  documentation: "https://developer.service.hmrc.gov.uk/api-documentation/docs/api/service/vat-api",
  license: "",
  maintainer: "SDSTeam@hmrc.gov.uk",
  areaServed: "UK",
  startDate: "",
  endDate: "",
  provider: "hm-revenue-customs",
  ...values,
});

describe("normaliseApiRow", () => {
  it("maps a good row and turns literal \\n into line breaks", () => {
    const result = normaliseApiRow(row(), orgs);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        importKey: "hm-revenue-customs::vat (mtd)",
        organisationSlug: "hm-revenue-customs",
        name: "VAT (MTD)",
        description: "Submit VAT returns.\n\n- one\n- two",
        url: "https://api.service.hmrc.gov.uk",
        documentationUrl: "https://developer.service.hmrc.gov.uk/api-documentation/docs/api/service/vat-api",
        licence: null,
        maintainer: "SDSTeam@hmrc.gov.uk",
        areaServed: "UK",
        startDate: null,
        endDate: null,
        dateAdded: new Date("2020-09-02T00:00:00Z"),
        dateUpdated: new Date("2020-09-02T00:00:00Z"),
      },
    });
  });

  it("matches a provider that differs only by case, spacing or underscores", () => {
    expect(normaliseApiRow(row({ provider: "Insolvency-service" }), orgs)).toMatchObject({ ok: true, value: { organisationSlug: "insolvency-service" } });
    expect(normaliseApiRow(row({ provider: " HM-Revenue-Customs " }), orgs)).toMatchObject({ ok: true, value: { organisationSlug: "hm-revenue-customs" } });
    expect(normaliseApiRow(row({ provider: "hm_revenue customs" }), orgs)).toMatchObject({ ok: true });
  });

  it("keeps a row with a blank url", () => {
    expect(normaliseApiRow(row({ url: "" }), orgs)).toMatchObject({ ok: true, value: { url: null }, warnings: [] });
  });

  it("skips an unknown provider with the reason", () => {
    expect(normaliseApiRow(row({ provider: "ministry-of-magic" }), orgs)).toEqual({
      ok: false,
      reason: 'the provider "ministry-of-magic" is not an organisation in organisation.csv',
    });
  });

  it("skips a row without a name or with an over-long field", () => {
    expect(normaliseApiRow(row({ name: " " }), orgs)).toEqual({ ok: false, reason: "the name is missing" });
    expect(normaliseApiRow(row({ name: "n".repeat(201) }), orgs)).toEqual({ ok: false, reason: "the name is 201 characters long (the limit is 200)" });
    expect(normaliseApiRow(row({ description: "d".repeat(10_001) }), orgs)).toMatchObject({ ok: false, reason: expect.stringMatching(/description is 10,001/) });
    expect(normaliseApiRow(row({ url: `https://x.gov.uk/${"u".repeat(2_040)}` }), orgs)).toMatchObject({ ok: false, reason: expect.stringMatching(/url is 2,057 characters/) });
    expect(normaliseApiRow(row({ maintainer: "m".repeat(501) }), orgs)).toMatchObject({ ok: false, reason: expect.stringMatching(/maintainer is 501/) });
  });

  it("keeps the row but drops a bad date or non-web documentation link, with warnings", () => {
    const result = normaliseApiRow(row({ startDate: "in service", endDate: "2023-31-01", documentation: "docs.example" }), orgs);
    expect(result).toMatchObject({ ok: true, value: { startDate: null, endDate: null, documentationUrl: null } });
    if (result.ok) {
      expect(result.warnings).toEqual([
        'documentation "docs.example" is not an http or https address, so it was left out',
        'startDate "in service" is not a date in the form YYYY-MM-DD, so it was left out',
        'endDate "2023-31-01" is not a real calendar date, so it was left out',
      ]);
    }
  });
});

describe("importKeyOf", () => {
  it("is the provider slug and the lower-cased trimmed name", () => {
    expect(importKeyOf("hm-revenue-customs", "  VAT (MTD) ")).toBe("hm-revenue-customs::vat (mtd)");
  });
});

describe("lifecycleFor", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  it("is deprecated only when the end date has passed", () => {
    expect(lifecycleFor(null, now)).toBe("live");
    expect(lifecycleFor(new Date("2025-05-31T00:00:00Z"), now)).toBe("deprecated");
    expect(lifecycleFor(new Date("2026-01-01T00:00:00Z"), now)).toBe("live");
  });
});
