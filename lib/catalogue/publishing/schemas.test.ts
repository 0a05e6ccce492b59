import { describe, expect, it } from "vitest";
import { fieldErrors } from "./fields";
import { lifecycleDates } from "./lifecycle";
import { apiFormSchema, systemFormSchema } from "./schemas";
import { apiInput, systemInput } from "./testing";

const errorsOf = (result: { success: boolean; error?: import("zod").ZodError }) => (result.success ? {} : fieldErrors(result.error!));

describe("the system form", () => {
  it("accepts a complete system", () => {
    const system = systemFormSchema.parse(systemInput("org1", { name: "  Vehicle\u0000 register " }));
    expect(system).toMatchObject({ organisationId: "org1", name: "Vehicle register", lifecycle: "live", hosting: "cloud", ownerEmail: "vehicles-data@dvla.example.gov.uk" });
  });

  it("says what is missing, in GOV.UK words", () => {
    expect(errorsOf(systemFormSchema.safeParse({}))).toEqual({
      organisationId: "Select an organisation",
      name: "Enter the name of the system",
      description: "Enter a description of the system",
      lifecycle: "Select the stage the system is at",
      hosting: "Select where the system is hosted",
      ownerTeam: "Enter the name of the team that owns the system",
      ownerEmail: "Enter the email address of the team that owns the system",
    });
  });

  it("checks lengths, choices and the owner's email address", () => {
    const errors = errorsOf(
      systemFormSchema.safeParse(systemInput("org1", { name: "n".repeat(201), description: "d".repeat(10_001), hosting: "mainframe", ownerTeam: "t".repeat(501), ownerEmail: "javascript:alert(1)" })),
    );
    expect(errors).toEqual({
      name: "Name must be 200 characters or fewer",
      description: "Description must be 10,000 characters or fewer",
      hosting: "Select where the system is hosted",
      ownerTeam: "Team name must be 500 characters or fewer",
      ownerEmail: "Enter an email address in the correct format, like name@example.gov.uk",
    });
  });

  it("needs a name a web address can be made from", () => {
    expect(errorsOf(systemFormSchema.safeParse(systemInput("org1", { name: "!!!" })))).toEqual({ name: "Name must include at least one letter or number" });
  });
});

describe("the API form", () => {
  it("accepts a complete API, with tags tidied and dates parsed", () => {
    const api = apiFormSchema.parse(apiInput("org1", { deprecatedAt: "2026-01-01", sunsetAt: "2026-01-01" }));
    expect(api).toMatchObject({ name: "Vehicle tax status", systemId: null, tags: ["vehicles", "tax"], startDate: new Date("2024-04-01T00:00:00Z"), authType: "oauth2" });
  });

  it("says what is missing, and every problem at once", () => {
    expect(errorsOf(apiFormSchema.safeParse({ url: "http://x.gov.uk", deprecatedAt: "2026-02-01", sunsetAt: "2026-01-01" }))).toEqual({
      organisationId: "Select an organisation",
      name: "Enter the name of the API",
      description: "Enter a description of the API",
      servesDataset: "Select whether the API serves a dataset",
      url: "Enter a web address that starts with https://, not http://",
      lifecycle: "Select the stage the API is at",
      visibility: "Select who can see the API in the catalogue",
      authType: "Select how people authenticate to use the API",
      sunsetAt: "Sunset date must be the same as or after the deprecation date",
    });
  });

  it("refuses unsafe links and contacts, bad dates and too many tags", () => {
    const errors = errorsOf(
      apiFormSchema.safeParse(
        apiInput("org1", {
          documentationUrl: "javascript:alert(document.cookie)",
          licence: "data:text/html,hi",
          maintainer: "vbscript:msgbox",
          startDate: "2024-02-30",
          areaServed: "a".repeat(501),
          tags: Array.from({ length: 25 }, (_, i) => `t${i}`).join(", "),
          systemId: "../etc",
        }),
      ),
    );
    expect(errors).toEqual({
      documentationUrl: "Enter a web address that starts with https://",
      licence: "Enter a web address that starts with https://",
      maintainer: "Enter an email address, or a web address that starts with https://",
      startDate: "Start date must be a real date",
      areaServed: "Area served must be 500 characters or fewer",
      tags: "Enter 20 tags or fewer",
      systemId: "Select a system from the list",
    });
  });

  it("only offers the controlled lifecycle, visibility and authentication values", () => {
    const errors = errorsOf(apiFormSchema.safeParse(apiInput("org1", { lifecycle: "zombie", visibility: "secret", authType: "password" })));
    expect(Object.keys(errors)).toEqual(["lifecycle", "visibility", "authType"]);
  });
});

describe("lifecycle dates", () => {
  const today = new Date("2025-06-01T00:00:00Z");
  const none = { deprecatedAt: null, sunsetAt: null };
  it("moving to deprecated records the deprecation date: the one given, or today", () => {
    expect(lifecycleDates("deprecated", none, today).dates).toEqual({ deprecatedAt: today, sunsetAt: null });
    const given = new Date("2025-05-01T00:00:00Z");
    expect(lifecycleDates("deprecated", { ...none, deprecatedAt: given }, today).dates.deprecatedAt).toEqual(given);
  });
  it("moving to retired records the sunset date", () => {
    expect(lifecycleDates("retired", none, today).dates).toEqual({ deprecatedAt: null, sunsetAt: today });
  });
  it("keeps planned dates for other stages and checks their order", () => {
    const plan = { deprecatedAt: new Date("2026-01-01T00:00:00Z"), sunsetAt: new Date("2027-01-01T00:00:00Z") };
    expect(lifecycleDates("live", plan, today)).toEqual({ dates: plan, errors: {} });
    expect(lifecycleDates("retired", { deprecatedAt: plan.deprecatedAt, sunsetAt: null }, today).errors).toEqual({ sunsetAt: "Sunset date must be the same as or after the deprecation date" });
  });
});

describe("the system form's reuse questions", () => {
  const platform = { sharedPlatform: "yes", platformAudience: "Any public sector organisation", onboardingUrl: "https://www.payments.service.gov.uk/" };

  it("keeps a licence as the SPDX list spells it, and a shared platform with who may use it and where to start", () => {
    const system = systemFormSchema.parse(systemInput("org1", { ...platform, licence: " mit ", repositoryUrl: "https://github.com/alphagov/pay-frontend", capabilities: "Take card payments\r\nRefunds" }));
    expect(system).toMatchObject({ licence: "MIT", sharedPlatform: true, repositoryUrl: "https://github.com/alphagov/pay-frontend", capabilities: "Take card payments\nRefunds" });
    expect(systemFormSchema.parse(systemInput("org1", { licence: "ogl-uk-3.0" })).licence).toBe("OGL-UK-3.0");
  });

  it("takes an unanswered platform question as no, and blank reuse fields as not recorded", () => {
    expect(systemFormSchema.parse(systemInput("org1"))).toMatchObject({ sharedPlatform: false, licence: null, repositoryUrl: null, onboardingUrl: null, capabilities: "" });
  });

  it("refuses a licence that is not an SPDX identifier, a repository that is not https:, and a platform with no audience or start", () => {
    expect(errorsOf(systemFormSchema.safeParse(systemInput("org1", { licence: "Open Government Licence", repositoryUrl: "http://github.com/x/y", sharedPlatform: "yes" })))).toEqual({
      licence: "Enter the licence as an SPDX identifier from spdx.org/licenses, like MIT or OGL-UK-3.0",
      repositoryUrl: "Enter a web address that starts with https://, not http://",
      platformAudience: "Enter who may use the shared platform",
      onboardingUrl: "Enter the web address where other organisations start using the shared platform",
    });
    expect(errorsOf(systemFormSchema.safeParse(systemInput("org1", { sharedPlatform: "maybe" })))).toEqual({ sharedPlatform: "Select whether other organisations may use the system" });
  });
});
