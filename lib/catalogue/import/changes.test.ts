import { describe, expect, it } from "vitest";
import { changedValues, hasChanges } from "./changes";

describe("changedValues", () => {
  it("finds nothing when values are equal, dates included", () => {
    const existing = { id: "x", name: "A", url: null, startDate: new Date("2023-01-01T00:00:00Z"), slug: "a" };
    const result = changedValues(existing, { name: "A", url: null, startDate: new Date("2023-01-01T00:00:00.000Z") });
    expect(hasChanges(result)).toBe(false);
  });

  it("returns only the differing fields, with before and after", () => {
    const existing = { name: "A", url: "https://a", description: "d", startDate: null };
    const next = { name: "A", url: null, description: "d2", startDate: new Date("2023-01-01T00:00:00Z") };
    const result = changedValues(existing, next);
    expect(result.data).toEqual({ url: null, description: "d2", startDate: new Date("2023-01-01T00:00:00Z") });
    expect(result.before).toEqual({ url: "https://a", description: "d", startDate: null });
    expect(result.after).toEqual(result.data);
    expect(hasChanges(result)).toBe(true);
  });

  it("ignores fields of the existing record that the import does not set", () => {
    expect(hasChanges(changedValues({ name: "A", authType: "oauth2" }, { name: "A" }))).toBe(false);
  });
});
