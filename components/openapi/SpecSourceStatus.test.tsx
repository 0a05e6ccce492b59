import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SpecSourceStatus } from "./SpecSourceStatus";

const action = async () => {};
const source = {
  url: "https://api.example.gov.uk/openapi.yaml",
  status: "ok",
  error: null,
  lastFetchedAt: new Date("2026-11-22T05:04:00Z"),
  lastChangedAt: null,
  nextFetchAt: new Date("2026-11-23T05:04:00Z"),
};
const render = (props: Partial<Parameters<typeof SpecSourceStatus>[0]> = {}) =>
  renderToStaticMarkup(<SpecSourceStatus apiId="api-1" source={source} canUpdate={false} action={action} {...props} />);

describe("SpecSourceStatus", () => {
  it("shows nothing for an API whose spec is not fetched from a web address", () => {
    expect(render({ source: null })).toBe("");
  });

  it("shows where the spec comes from and when it was fetched, with the button only for those who may update the API", () => {
    const html = render();
    expect(html).toContain("https://api.example.gov.uk/openapi.yaml");
    expect(html).toContain('<time dateTime="2026-11-22T05:04:00.000Z">2026-11-22 at 05:04 UTC</time>');
    expect(html).toContain("Not yet");
    expect(html).not.toContain("Check for changes now");
    expect(render({ canUpdate: true })).toMatch(/<input type="hidden" name="apiId" value="api-1"\/>.*Check for changes now/);
  });

  it("shows an unreachable source as such, with the reason", () => {
    const html = render({ source: { ...source, status: "unreachable", error: "The server refused the connection" } });
    expect(html).toContain("Unreachable");
    expect(html).toContain("The web address could not be fetched");
    expect(html).toContain("The server refused the connection");
  });

  it.each([
    ["added", "New version added"],
    ["unchanged", "No changes"],
    ["not-modified", "No changes"],
    ["busy", "Already being checked"],
  ])("after checking now (%s) says %j", (result, heading) => {
    expect(render({ result })).toContain(heading);
  });

  it("says why a check now could not fetch the document", () => {
    const html = render({ result: "unreachable", source: { ...source, status: "unreachable", error: "The server answered with HTTP status 503" } });
    expect(html).toContain("Could not fetch: The server answered with HTTP status 503");
  });

  it("shows no banner for a result it does not know", () => {
    expect(render({ result: "<script>" })).toBe(render());
  });
});
