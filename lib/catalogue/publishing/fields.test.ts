import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanLine, cleanText, contact, date, email, fieldErrors, inFormOrder, isSlug, licence, parseTags, tags, versionSchema, webAddress } from "./fields";

const problem = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("cleaning text", () => {
  it("strips control characters and bidirectional overrides, keeping line breaks in long text", () => {
    expect(cleanLine("  Vehicle\u0000 tax\u202E status\u0007 ")).toBe("Vehicle tax status");
    expect(cleanLine("two\r\nlines\tand a tab")).toBe("two lines and a tab");
    expect(cleanText("First line\r\nSecond\u0008 line\rThird\u009B")).toBe("First line\nSecond line\nThird");
  });
});

describe("web addresses shown to others", () => {
  const url = webAddress("Base URL");
  it("accepts https: and stores blank as null", () => {
    expect(url.parse(" https://api.example.gov.uk/v1 ")).toBe("https://api.example.gov.uk/v1");
    expect(url.parse("")).toBeNull();
    expect(url.parse(undefined)).toBeNull();
  });
  it("refuses http:, javascript:, data: and other schemes with a clear message", () => {
    expect(problem(url, "http://api.example.gov.uk")).toBe("Enter a web address that starts with https://, not http://");
    expect(problem(url, "javascript:alert(1)")).toBe("Enter a web address that starts with https://");
    expect(problem(url, "data:text/html,<script>alert(1)</script>")).toBe("Enter a web address that starts with https://");
    expect(problem(url, "ftp://files.example.gov.uk")).toBe("Enter a web address that starts with https://");
    expect(problem(url, "api.example.gov.uk")).toBe("Enter a web address that starts with https://");
  });
  it("refuses addresses that are not real ones, or hide where they go", () => {
    expect(problem(url, "https://exa mple.gov.uk")).toMatch(/correct format/);
    expect(problem(url, "https://localhost")).toMatch(/correct format/);
    expect(problem(url, "https://www.gov.uk@evil.example.com/")).toBe("Enter a web address without a user name or password in it");
  });
  it("refuses addresses longer than 2,048 characters", () => {
    expect(problem(url, `https://example.gov.uk/${"a".repeat(2_048)}`)).toBe("Base URL must be 2,048 characters or fewer");
  });
  it("can be required", () => {
    expect(problem(webAddress("Documentation URL", "Enter the documentation URL"), " ")).toBe("Enter the documentation URL");
  });
});

describe("contacts", () => {
  it("accepts an email address, a mailto: link (stored as the address), 'Team <address>' and an https: page", () => {
    expect(contact().parse("team@dvla.gov.uk")).toBe("team@dvla.gov.uk");
    expect(contact().parse("mailto:team@dvla.gov.uk")).toBe("team@dvla.gov.uk");
    expect(contact().parse("API team <team@dvla.gov.uk>")).toBe("API team <team@dvla.gov.uk>");
    expect(contact().parse("https://dvla.gov.uk/contact")).toBe("https://dvla.gov.uk/contact");
  });
  it("refuses other schemes and text that is not a contact", () => {
    expect(problem(contact(), "javascript:alert(1)")).toBe("Enter an email address, or a web address that starts with https://");
    expect(problem(contact(), "http://dvla.gov.uk/contact")).toBe("Enter an email address, or a web address that starts with https://");
    expect(problem(contact(), "ring the helpdesk")).toBe("Enter an email address, or a web address that starts with https://");
    expect(problem(contact(), "https://x@evil.example.com")).toBe("Enter a web address without a user name or password in it");
  });
  it("an owner email is an email address, with or without mailto:", () => {
    expect(email().parse("mailto:owner@dvla.gov.uk")).toBe("owner@dvla.gov.uk");
    expect(problem(email(), "owner at dvla")).toBe("Enter an email address in the correct format, like name@example.gov.uk");
    expect(problem(email("Enter the email address"), "")).toBe("Enter the email address");
    expect(problem(email(), `${"a".repeat(500)}@dvla.gov.uk`)).toBe("Email address must be 500 characters or fewer");
  });
});

describe("licences", () => {
  it("are a name or an https: link", () => {
    expect(licence().parse("Open Government Licence v3.0")).toBe("Open Government Licence v3.0");
    expect(licence().parse("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")).toMatch(/^https:/);
    expect(problem(licence(), "javascript:alert(1)")).toBe("Enter a web address that starts with https://");
    expect(problem(licence(), "x".repeat(501))).toBe("Licence must be 500 characters or fewer");
  });
});

describe("dates", () => {
  const start = date("Start date");
  it("are YYYY-MM-DD calendar dates, stored as UTC midnight", () => {
    expect(start.parse("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00.000Z"));
    expect(start.parse("")).toBeNull();
  });
  it("refuse other formats and dates that do not exist", () => {
    expect(problem(start, "29/02/2024")).toBe("Enter the start date as a year, month and day, like 2025-03-31");
    expect(problem(start, "2024-2-9")).toBe("Enter the start date as a year, month and day, like 2025-03-31");
    expect(problem(start, "2023-02-29")).toBe("Start date must be a real date");
    expect(problem(start, "2024-13-01")).toBe("Start date must be a real date");
    expect(problem(start, "0000-01-01")).toBe("Start date must be a real date");
  });
});

describe("tags", () => {
  it("turn comma-separated text into lower-case hyphenated tags without repeats", () => {
    expect(parseTags("Open data, Vehicles ,open data,, Café & bar")).toEqual(["open-data", "vehicles", "cafe-bar"]);
    expect(tags().parse("")).toEqual([]);
  });
  it("allow at most 20, each at most 50 characters", () => {
    expect(problem(tags(), Array.from({ length: 21 }, (_, i) => `tag${i}`).join(","))).toBe("Enter 20 tags or fewer");
    expect(tags().parse(Array.from({ length: 20 }, (_, i) => `tag${i}`).join(","))).toHaveLength(20);
    expect(problem(tags(), "a".repeat(51))).toBe("Each tag must be 50 characters or fewer");
    expect(problem(tags(), "a,".repeat(251))).toBe("Tags must be 500 characters or fewer");
  });
});

describe("slugs, versions and error lists", () => {
  it("recognise the slugs we make", () => {
    expect(isSlug("vehicle-tax-status")).toBe(true);
    for (const bad of ["Vehicle", "-a", "a--b", "a/b", "../x", "", "a".repeat(101)]) expect(isSlug(bad)).toBe(false);
  });
  it("read a version from a hidden field", () => {
    expect(versionSchema.parse("3")).toBe(3);
    for (const bad of ["", "0", "1.5", "x", undefined]) expect(versionSchema.safeParse(bad).success).toBe(false);
  });
  it("keep the first message per field", () => {
    const schema = z.object({ a: z.string().min(2, "first").regex(/x/, "second"), b: z.string() });
    const error = schema.safeParse({ a: "y", b: 1 }).error!;
    expect(fieldErrors(error)).toEqual({ a: "first", b: expect.any(String) });
  });

  it("put errors in the order of the form", () => {
    expect(Object.keys(inFormOrder({ sunsetAt: "c", name: "a", other: "d", url: "b" }, ["name", "url", "sunsetAt"]))).toEqual(["name", "url", "sunsetAt", "other"]);
  });
});
