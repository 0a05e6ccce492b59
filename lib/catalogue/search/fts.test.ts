import { describe, expect, it } from "vitest";
import { postgresTsQuery, searchTerms, sqliteMatchQuery } from "./fts";

describe("full-text query building", () => {
  it("keeps only words, lower-cased and de-duplicated", () => {
    expect(searchTerms('  "Vehicle" NEAR(enquiry*) -tax (MOT ')).toEqual(["vehicle", "near", "enquiry", "tax", "mot"]);
    expect(searchTerms('"*-()')).toEqual([]);
    expect(searchTerms("Café naïve")).toEqual(["café", "naïve"]);
  });

  it("quotes every term for SQLite and makes the last a prefix", () => {
    expect(sqliteMatchQuery(["near", "vehicle"])).toBe('"near" AND "vehicle"*');
  });

  it("joins terms with & for PostgreSQL and makes the last a prefix", () => {
    expect(postgresTsQuery(["driver", "licen"])).toBe("driver & licen:*");
  });

  it("caps the number and length of terms", () => {
    expect(searchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(searchTerms("x".repeat(500))[0]).toHaveLength(64);
  });
});
