import { describe, expect, it } from "vitest";
import { auditLogHref, parseAuditSearchParams } from "./filters";

describe("audit log filters in the URL", () => {
  it("reads known filters and ignores unknown ones", () => {
    const { filters, errors } = parseAuditSearchParams({ type: "Api", action: "update", who: "system:import", from: "2025-01-01", to: "2025-01-31", page: "2" });
    expect(filters).toEqual({ entityType: "Api", action: "update", actor: "system:import", from: "2025-01-01", to: "2025-01-31", page: 2 });
    expect(errors).toEqual({});
    expect(parseAuditSearchParams({ type: "Secret", action: "DROP TABLE", page: "-3" }).filters).toEqual({ page: 1 });
  });

  it("explains dates that are not real, or the wrong way round, and leaves them out", () => {
    const bad = parseAuditSearchParams({ from: "2025-02-30", to: "tomorrow" });
    expect(bad.errors).toEqual({ from: "Date from must be a real date, like 2025-03-27", to: "Date to must be a real date, like 2025-03-27" });
    expect(bad.filters).toEqual({ page: 1 });
    expect(bad.values.to).toBe("tomorrow");
    expect(parseAuditSearchParams({ from: "2025-02-02", to: "2025-02-01" }).errors.to).toMatch(/after date from/);
  });

  it("builds links that keep the filters", () => {
    const { values } = parseAuditSearchParams({ type: "Membership", who: "a b" });
    expect(auditLogHref(values, 3)).toBe("/admin/audit?type=Membership&who=a+b&page=3");
    expect(auditLogHref(values, 1)).toBe("/admin/audit?type=Membership&who=a+b");
  });
});
