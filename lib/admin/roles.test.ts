import { describe, expect, it } from "vitest";
import { PERMISSIONS, POLICY } from "@/lib/auth/policy";
import { ACCOUNT_ROLES } from "@/lib/auth/viewer";
import { ROLE_CHOICES } from "./roles";

// The hints on the role form promise what the policy grants; if the policy changes, so must they.
describe("the role form's wording", () => {
  it("offers every account role once", () => {
    expect(ROLE_CHOICES.map((c) => c.value)).toEqual([...ACCOUNT_ROLES]);
  });

  it("matches the policy table", () => {
    expect(POLICY.assessor).toEqual({ "api.read-internal": "any", "assessment.read": "any", "assessment.review": "any", "exemption.approve": "any" });
    expect(Object.keys(POLICY.admin).sort()).toEqual([...PERMISSIONS].sort());
    expect(Object.values(POLICY.admin).every((scope) => scope === "any")).toBe(true);
    expect(Object.values(POLICY.publisher).every((scope) => scope === "member")).toBe(true);
  });
});
