import { describe, expect, it } from "vitest";
import { diffRecords } from "./diff";

describe("diffRecords", () => {
  it("lists only the fields that changed, with before and after", () => {
    const changes = diffRecords({ name: "A", url: "https://a", updatedAt: new Date(1) }, { name: "B", url: "https://a", updatedAt: new Date(2) });
    expect(changes).toEqual({ name: { before: "A", after: "B" } });
  });

  it("records every field of a created record as after-only", () => {
    expect(diffRecords(null, { name: "A", startDate: new Date("2020-01-01T00:00:00Z") })).toEqual({
      name: { before: null, after: "A" },
      startDate: { before: null, after: "2020-01-01T00:00:00.000Z" },
    });
  });

  it("treats undefined and null as the same", () => {
    expect(diffRecords({ a: undefined }, { a: null })).toEqual({});
  });
});
