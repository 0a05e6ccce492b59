import { describe, expect, it } from "vitest";
import { inferOrganisationType } from "./organisation-type";

describe("inferOrganisationType", () => {
  it("uses the explicit table for organisations in organisation.csv", () => {
    expect(inferOrganisationType("hm-revenue-customs", "HM Revenue & Customs")).toBe("non-ministerial-department");
    expect(inferOrganisationType("home-office", "Home Office")).toBe("ministerial-department");
    expect(inferOrganisationType("scottish-government", "Scottish Government")).toBe("devolved-administration");
    expect(inferOrganisationType("scc", "Southampton City Council")).toBe("local-authority");
    expect(inferOrganisationType("driver-and-vehicle-licensing-agency", "DVLA")).toBe("executive-agency");
  });

  it("guesses from the name for organisations not in the table", () => {
    expect(inferOrganisationType("leeds", "Leeds City Council")).toBe("local-authority");
    expect(inferOrganisationType("gm", "Greater Manchester Combined Authority")).toBe("local-authority");
    expect(inferOrganisationType("wg", "Welsh Government")).toBe("devolved-administration");
    expect(inferOrganisationType("dhsc", "Department of Health and Social Care")).toBe("ministerial-department");
    expect(inferOrganisationType("co", "Cabinet Office")).toBe("ministerial-department");
    expect(inferOrganisationType("ukhsa", "UK Health Security Agency")).toBe("executive-agency");
    expect(inferOrganisationType("x", "Something Else")).toBe("other");
  });
});
