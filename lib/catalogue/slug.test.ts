import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("lower-cases and hyphenates", () => {
    expect(slugify("DVLA Vehicle Enquiry Service")).toBe("dvla-vehicle-enquiry-service");
    expect(slugify("VAT (MTD)")).toBe("vat-mtd");
    expect(slugify("  GOV.UK  Pay ")).toBe("gov-uk-pay");
  });

  it("keeps only ASCII, folding accents and dropping other symbols", () => {
    expect(slugify("e-Referral Service Patient Care – FHIR API")).toBe("e-referral-service-patient-care-fhir-api");
    expect(slugify("Café Données")).toBe("cafe-donnees");
    expect(slugify("HM Revenue & Customs")).toBe("hm-revenue-and-customs");
  });

  it("cuts very long names at a word boundary", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.endsWith("word")).toBe(true);
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("–––")).toBe("");
  });
});

describe("uniqueSlug", () => {
  it("uses the plain slug when it is free", () => {
    expect(uniqueSlug("Statistics", () => false, "ONS")).toBe("statistics");
  });

  it("appends the acronym, then a number, on collision", () => {
    const taken = new Set(["statistics"]);
    expect(uniqueSlug("Statistics", (s) => taken.has(s), "ONS")).toBe("statistics-ons");
    taken.add("statistics-ons");
    expect(uniqueSlug("Statistics", (s) => taken.has(s), "ONS")).toBe("statistics-ons-2");
    taken.add("statistics-ons-2");
    expect(uniqueSlug("Statistics", (s) => taken.has(s), "ONS")).toBe("statistics-ons-3");
  });

  it("numbers straight away when there is no acronym", () => {
    expect(uniqueSlug("Statistics", (s) => s === "statistics", null)).toBe("statistics-2");
  });

  it("falls back to 'api' for a name with no usable characters", () => {
    expect(uniqueSlug("???", () => false)).toBe("api");
  });
});
