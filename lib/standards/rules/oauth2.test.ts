import { describe, expect, it } from "vitest";
import { expectFail, expectPass, oas3, rowOf } from "../testing";

const ID = "gds-oauth2";
const oauth = { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.gov.uk/token", scopes: {} } } };
const key = { type: "apiKey", in: "header", name: "X-Key" };

describe("gds-oauth2 (9): judges the security each operation requires", () => {
  it("fails when an OAuth scheme is defined but every operation requires an API key", () =>
    expectFail(oas3({ security: [{ key: [] }], components: { securitySchemes: { oauth, key } } }), ID, /1 operation follows the default security, which offers key \(API key in header\)/));

  it("fails an operation that overrides an OAuth default with an API key", () =>
    expectFail(oas3({ components: { securitySchemes: { oauth, key } } }, { security: [{ key: [] }] }), ID, /GET \/things/));

  it("does not count an HTTP bearer scheme that says it is an API key (as GOV.UK Pay's does)", () =>
    expectFail(oas3({ security: [{ BearerAuth: [] }], components: { securitySchemes: { BearerAuth: { type: "http", scheme: "bearer", description: "Use your API key as the Bearer token." } } } }), ID, /BearerAuth/));

  it("passes an operation that offers OAuth as one of its options", () =>
    expectPass(oas3({ security: [{ key: [] }, { oauth: [] }], components: { securitySchemes: { oauth, key } } }), ID));

  it("passes an OpenID Connect or plain bearer-token scheme", async () => {
    await expectPass(oas3({ security: [{ oidc: [] }], components: { securitySchemes: { oidc: { type: "openIdConnect", openIdConnectUrl: "https://auth.example.gov.uk/.well-known/openid-configuration" } } } }), ID);
    await expectPass(oas3({ security: [{ b: [] }], components: { securitySchemes: { b: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } } }), ID);
  });

  it("does not apply when no operation requires any security, whatever schemes are defined", async () => {
    expect((await rowOf(oas3({ security: [], components: { securitySchemes: { key } } }), ID)).outcome).toBe("not-applicable");
  });

  it("fails an operation that requires only HTTP Basic", () =>
    expectFail(oas3({ security: [{ basic: [] }], components: { securitySchemes: { basic: { type: "http", scheme: "basic" } } } }), ID, /basic/));
});
