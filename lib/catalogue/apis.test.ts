import { describe, expect, it } from "vitest";
import { maintainerContact, safeHref } from "./apis";

describe("maintainer contact", () => {
  it("finds an email in 'Team <address>' form", () => {
    expect(maintainerContact("Ordnance Survey - <osdatahubenquiries@os.uk>")).toEqual({ text: "Ordnance Survey - <osdatahubenquiries@os.uk>", href: "mailto:osdatahubenquiries@os.uk" });
  });
  it("links a bare address and an https page, and nothing else", () => {
    expect(maintainerContact("SDSTeam@hmrc.gov.uk")?.href).toBe("mailto:SDSTeam@hmrc.gov.uk");
    expect(maintainerContact("https://digital.nhs.uk/developer/help-and-support")?.href).toBe("https://digital.nhs.uk/developer/help-and-support");
    expect(maintainerContact("javascript:alert(1)")).toEqual({ text: "javascript:alert(1)" });
    expect(maintainerContact("  ")).toBeNull();
  });
});

describe("safe links", () => {
  it("allows web links only", () => {
    expect(safeHref("https://example.gov.uk/docs")).toBe("https://example.gov.uk/docs");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,x")).toBeUndefined();
    expect(safeHref("not a url")).toBeUndefined();
  });
});
