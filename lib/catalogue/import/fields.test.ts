import { describe, expect, it } from "vitest";
import { z } from "zod";
import { blankToNull, limited, normaliseId, optionalDate, optionalUrl, reasonsOf, required, unescapeNewlines } from "./fields";

describe("limited and required", () => {
  it("trims and accepts values up to the limit", () => {
    expect(limited("name", 5).parse("  abcde ")).toBe("abcde");
    expect(required("name", 5).parse(" a ")).toBe("a");
  });

  it("explains an over-long value with both lengths", () => {
    const result = limited("description", 10_000).safeParse("x".repeat(12_345));
    expect(result.success).toBe(false);
    if (!result.success) expect(reasonsOf(result.error)).toBe("the description is 12,345 characters long (the limit is 10,000)");
  });

  it("explains a missing required value", () => {
    const result = required("name", 200).safeParse("   ");
    expect(result.success).toBe(false);
    if (!result.success) expect(reasonsOf(result.error)).toBe("the name is missing");
  });

  it("joins several reasons", () => {
    const schema = z.object({ a: required("name", 3), b: limited("url", 2) });
    const result = schema.safeParse({ a: "", b: "abc" });
    expect(result.success).toBe(false);
    if (!result.success) expect(reasonsOf(result.error)).toBe("the name is missing; the url is 3 characters long (the limit is 2)");
  });
});

describe("unescapeNewlines", () => {
  it("turns literal \\n sequences into line breaks", () => {
    expect(unescapeNewlines("one\\n\\ntwo\\r\\nthree")).toBe("one\n\ntwo\nthree");
    expect(unescapeNewlines("no escapes")).toBe("no escapes");
  });
});

describe("normaliseId", () => {
  it("ignores case, surrounding space, spaces and underscores", () => {
    expect(normaliseId("Insolvency-service")).toBe("insolvency-service");
    expect(normaliseId(" HM-Revenue-Customs ")).toBe("hm-revenue-customs");
    expect(normaliseId("hm_revenue  customs")).toBe("hm-revenue-customs");
    expect(normaliseId("hm--revenue-customs-")).toBe("hm-revenue-customs");
  });
});

describe("optionalDate", () => {
  it("stores a valid date as UTC midnight", () => {
    expect(optionalDate("startDate", " 2023-03-20 ").value?.toISOString()).toBe("2023-03-20T00:00:00.000Z");
    expect(optionalDate("startDate", "2024-02-29").value).not.toBeNull();
  });

  it("treats blank as no value, silently", () => {
    expect(optionalDate("startDate", "")).toEqual({ value: null });
  });

  it("drops values that are not dates, with a warning", () => {
    expect(optionalDate("startDate", "in service")).toEqual({
      value: null,
      warning: 'startDate "in service" is not a date in the form YYYY-MM-DD, so it was left out',
    });
    expect(optionalDate("startDate", "2023-31-01").warning).toBe('startDate "2023-31-01" is not a real calendar date, so it was left out');
    expect(optionalDate("endDate", "2023-02-29").value).toBeNull();
    expect(optionalDate("endDate", "01/02/2023").value).toBeNull();
    expect(optionalDate("endDate", "2023-02-01T10:00:00Z").value).toBeNull();
  });
});

describe("optionalUrl", () => {
  it("keeps http and https addresses", () => {
    expect(optionalUrl("documentation", "https://example.gov.uk/docs ")).toEqual({ value: "https://example.gov.uk/docs" });
    expect(optionalUrl("url", "http://api.tfwm.org.uk/").value).toBe("http://api.tfwm.org.uk/");
  });

  it("drops other values with a warning", () => {
    expect(optionalUrl("documentation", "ftp://example.gov.uk").warning).toBe(
      'documentation "ftp://example.gov.uk" is not an http or https address, so it was left out',
    );
    expect(optionalUrl("documentation", "see the website").value).toBeNull();
    expect(optionalUrl("documentation", "")).toEqual({ value: null });
  });
});

describe("blankToNull", () => {
  it("maps only the empty string to null", () => {
    expect(blankToNull("")).toBeNull();
    expect(blankToNull("x")).toBe("x");
  });
});
