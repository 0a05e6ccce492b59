import { describe, expect, it } from "vitest";
import { actionSummary, formatValue, isoDateTime, visibleFields } from "./labels";

describe("audit wording", () => {
  it("says what happened in a few words", () => {
    expect(actionSummary("Api", "create", {})).toBe("Created");
    expect(actionSummary("Api", "update", { name: { before: "a", after: "b" }, documentationUrl: { before: null, after: "https://x" } })).toBe("Updated: name, documentation");
    expect(actionSummary("System", "update", { url: { before: "a", after: "b" } })).toBe("Updated: base URL");
    expect(actionSummary("Api", "update", { status: { before: "draft", after: "published" } })).toBe("Published");
    expect(actionSummary("Api", "update", { lifecycle: { before: "live", after: "retired" } })).toBe("Retired");
    expect(actionSummary("Api", "retire", {})).toBe("Retired");
    expect(actionSummary("Api", "publish", {})).toBe("Published");
    expect(actionSummary("User", "update", { role: { before: "none", after: "admin" } })).toBe("Role changed");
    expect(actionSummary("User", "create", { email: { before: null, after: "a@b" } })).toBe("Account created");
    expect(actionSummary("Membership", "delete", {})).toBe("Removed from organisation");
    expect(actionSummary("Api", "archive", {})).toBe("Archive");
    expect(actionSummary("SpecRevision", "create", {})).toBe("OpenAPI description added");
    expect(actionSummary("SpecRevision", "update", { status: { before: "pending", after: "checked" } })).toBe("OpenAPI description checked");
    expect(actionSummary("SpecRevision", "update", { status: { before: "pending", after: "refused" } })).toBe("OpenAPI description could not be used");
  });

  it("shows values in words and leaves bookkeeping out", () => {
    expect(formatValue("visibility", "internal")).toBe("Internal to the organisation");
    expect(formatValue("name", "")).toBeNull();
    expect(formatValue("status", "refused")).toBe("Could not be used");
    expect(formatValue("specFetchStatus", "unreachable")).toBe("Unreachable");
    expect(formatValue("specFetchStatus", "ok")).toBe("Fetched");
    expect(formatValue("tags", ["a", "b"])).toBe("a, b");
    expect(formatValue("organisationId", "x", new Map([["x", "DVLA"]]))).toBe("DVLA");
    expect(visibleFields("Api", { id: { before: null, after: "1" }, version: { before: 1, after: 2 }, name: { before: null, after: "n" } })).toEqual(["name"]);
    expect(isoDateTime(new Date("2025-01-02T03:04:05.678Z"))).toBe("2025-01-02T03:04:05Z");
  });
});
