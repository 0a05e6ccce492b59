import { describe, expect, it } from "vitest";
import { expectFail, expectPass, oas3, rowOf } from "../testing";

const ID = "gds-https";

describe("gds-https (3)", () => {
  it("fails a {scheme} server variable whose only value is http", () =>
    expectFail(oas3({ servers: [{ url: "{scheme}://api.example.gov.uk/v1", variables: { scheme: { default: "http", enum: ["http"] } } }] }), ID, /http:\/\/api\.example\.gov\.uk/));

  it("passes a {scheme} server variable that allows only https", () =>
    expectPass(oas3({ servers: [{ url: "{scheme}://api.example.gov.uk/v1", variables: { scheme: { default: "https", enum: ["https"] } } }] }), ID));

  it("passes secure WebSockets (wss) in Swagger 2.0 and OpenAPI 3, and fails plain ws", async () => {
    await expectPass(`swagger: "2.0"\ninfo: {title: t, version: "1"}\nschemes: [https, wss]\npaths: {}\n`, ID);
    await expectPass(oas3({ servers: [{ url: "wss://stream.example.gov.uk/v1" }] }), ID);
    await expectFail(`swagger: "2.0"\ninfo: {title: t, version: "1"}\nschemes: [ws]\npaths: {}\n`, ID, /"ws"/);
  });

  it("fails a spec whose only server is http://localhost: it names no published HTTPS address", () =>
    expectFail(oas3({ servers: [{ url: "http://localhost:8080/v1" }] }), ID, /localhost/));

  it("does not apply to relative server URLs", async () => {
    expect((await rowOf(oas3({ servers: [{ url: "/v1" }] }), ID)).outcome).toBe("not-applicable");
  });
});
