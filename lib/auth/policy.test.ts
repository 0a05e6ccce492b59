import { describe, expect, it } from "vitest";
import { can, organisationsFor, rolesOf } from "./policy";
import { ANONYMOUS, userViewer, type SignedInUser } from "./viewer";

const user = (over: Partial<SignedInUser>) => userViewer({ id: "u", name: null, email: null, role: "none", organisationIds: [], ...over });
const dvla = { organisationId: "dvla" };
const hmrc = { organisationId: "hmrc" };

describe("the policy", () => {
  it("gives nobody anything before sign-in, and a new account no powers", () => {
    expect(can(ANONYMOUS, "api.create", dvla)).toBe(false);
    expect(rolesOf(user({}))).toEqual([]);
    expect(can(user({}), "api.create", dvla)).toBe(false);
    expect(can(user({}), "api.read-internal", dvla)).toBe(false);
  });

  it("lets a publisher act only on their own organisations' records", () => {
    const publisher = user({ organisationIds: ["dvla"] });
    expect(can(publisher, "api.update", dvla)).toBe(true);
    expect(can(publisher, "api.update", hmrc)).toBe(false);
    expect(can(publisher, "api.update")).toBe(false);
    expect(can(publisher, "user.manage")).toBe(false);
    expect(organisationsFor(publisher, "api.create")).toEqual(["dvla"]);
  });

  it("lets a publisher declare, edit, retire and confirm connections of their own organisations' systems only", () => {
    const publisher = user({ organisationIds: ["dvla"] });
    for (const permission of ["connection.declare", "connection.update", "connection.retire", "connection.confirm"] as const) {
      expect(can(publisher, permission, dvla)).toBe(true);
      expect(can(publisher, permission, hmrc)).toBe(false);
      expect(can(user({ role: "assessor" }), permission, hmrc)).toBe(false);
      expect(can(ANONYMOUS, permission, dvla)).toBe(false);
      expect(can(user({ role: "admin" }), permission, hmrc)).toBe(true);
    }
  });

  it("lets an assessor read internal APIs everywhere but change nothing", () => {
    const assessor = user({ role: "assessor" });
    expect(can(assessor, "api.read-internal", hmrc)).toBe(true);
    expect(can(assessor, "api.update", hmrc)).toBe(false);
    expect(can(assessor, "draft.read", hmrc)).toBe(false);
  });

  it("lets an admin do everything", () => {
    const admin = user({ role: "admin" });
    expect(can(admin, "user.manage")).toBe(true);
    expect(can(admin, "api.delete", hmrc)).toBe(true);
    expect(organisationsFor(admin, "api.create")).toBe("all");
  });

  it("lets publishers prepare and submit their own organisations' assessments, and assessors review any and approve exemptions", () => {
    const publisher = user({ organisationIds: ["dvla"] });
    const assessor = user({ role: "assessor" });
    expect(can(publisher, "assessment.prepare", dvla)).toBe(true);
    expect(can(publisher, "assessment.submit", hmrc)).toBe(false);
    expect(can(publisher, "assessment.review", dvla)).toBe(false);
    expect(can(publisher, "exemption.approve", dvla)).toBe(false);
    expect(can(assessor, "assessment.review", hmrc)).toBe(true);
    expect(can(assessor, "exemption.approve", hmrc)).toBe(true);
    expect(can(assessor, "assessment.prepare", hmrc)).toBe(false);
  });

  it("lets only admins manage the maturity criteria's thresholds", () => {
    expect(can(user({ role: "admin" }), "maturity.manage-thresholds")).toBe(true);
    expect(can(user({ role: "assessor" }), "maturity.manage-thresholds")).toBe(false);
    expect(can(user({ organisationIds: ["dvla"] }), "maturity.manage-thresholds")).toBe(false);
  });
});
