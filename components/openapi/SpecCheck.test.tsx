import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { LatestCheck } from "@/lib/openapi/checks";
import { ruleMeta, type StoredStandards } from "@/lib/standards";
import { lintWithGds, oas3 } from "@/lib/standards/testing";
import { SpecCheck } from "./SpecCheck";

const check = (standards: StoredStandards, over: Partial<LatestCheck> = {}): LatestCheck => ({
  id: "rev1",
  createdAt: new Date("2026-11-22T10:00:00Z"),
  origin: "things.yaml",
  status: "checked",
  specVersion: "OpenAPI 3.1.0",
  score: null,
  error: null,
  breakingChanges: null,
  standards,
  problems: [],
  servesDataset: false,
  apiSlug: "things",
  ...over,
});

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
const dates = Object.fromEntries(["start", "end", "issue", "due", "paid", "sent", "seen"].map((w) => [`${w}_date`, { type: "string" }]));

describe("SpecCheck", () => {
  it("names the version of the standard checked, without linking to the newer one", async () => {
    const html = renderToStaticMarkup(<SpecCheck check={check((await lintWithGds(oas3())).result)} />);
    expect(text(html)).toContain("Checked against the GDS API technical and data standards v1, 2018, it scores 100 out of 100. 10 of 17 rules applied to it.");
    expect(html).not.toContain("gov.uk/guidance/gds-api-technical-and-data-standards");
  });

  it("shows, for a failing rule, what the standard says, how to meet it and every finding with its line", async () => {
    const { result } = await lintWithGds(oas3({}, {}, dates));
    const html = text(renderToStaticMarkup(<SpecCheck check={check(result)} />));
    const meta = ruleMeta("gds-iso8601-dates")!;
    expect(html).toContain(`The standard says: “${meta.quote}”`);
    expect(html).toContain(`How to meet it: ${meta.fix}`);
    expect(html).toContain("Show all 7 findings");
    const row = result.rows.find((r) => r.ruleId === "gds-iso8601-dates")!;
    expect(row.messages).toHaveLength(7);
    for (const m of row.messages) expect(html).toContain(`Line ${m.line}: ${m.message}`);
  });

  it("says which rules could not be checked when references could not be followed", async () => {
    const { result } = await lintWithGds(oas3({}, { responses: { "200": { $ref: "responses.yaml#/Ok" } } }));
    const html = text(renderToStaticMarkup(<SpecCheck check={check(result)} />));
    expect(html).toContain("One reference ($ref) in this description points to another file or a place that is not there, so 11 rules could not be checked: Error responses are defined;");
    expect(html).toContain("Could not be checked");
  });

  it("says when there is not enough to score, and why", async () => {
    const { result } = await lintWithGds(`swagger: "2.0"\ninfo: {title: t, version: "1"}\nschemes: [https]\npaths: {}\n`);
    expect(text(renderToStaticMarkup(<SpecCheck check={check(result)} />))).toContain("there is not enough to score: only 3 of 17 rules applied to it, and a score needs at least 6.");
  });

  it("counts points 21 and 22 only for an API that serves a dataset", async () => {
    const { result } = await lintWithGds(oas3({}, { parameters: [] }));
    const notDataset = text(renderToStaticMarkup(<SpecCheck check={check(result)} />));
    expect(notDataset).toContain("Applies only to an API that serves a dataset, and this one is not recorded as serving one.");
    const dataset = text(renderToStaticMarkup(<SpecCheck check={check(result, { servesDataset: true })} />));
    expect(dataset).not.toContain("Applies only to an API that serves a dataset");
    expect(dataset).toContain("No way to fetch only what changed");
  });

  it("lists the first 50 linter problems and offers every problem to download", async () => {
    const problems = Array.from({ length: 60 }, (_, i) => ({ ruleId: "operation-summary", severity: "warn", message: `Problem ${i + 1}.`, line: i + 1, column: 3 }));
    const html = renderToStaticMarkup(<SpecCheck check={check((await lintWithGds(oas3())).result, { problems })} />);
    expect(text(html)).toContain("Problem 50.");
    expect(text(html)).not.toContain("Problem 51.");
    expect(text(html)).toContain("These are the first 50 of 60. The downloads have all of them.");
    expect(html).toContain('href="/apis/things/check/problems.csv?revision=rev1"');
    expect(html).toContain('href="/apis/things/check/problems.json?revision=rev1"');
  });

  it("still shows a check stored before format 2, as it was", () => {
    const legacy = { score: 87, rows: [{ ruleId: "gds-https", point: 3, title: "Servers use HTTPS", severity: "error" as const, outcome: "fail" as const, messages: [{ message: "Server URL is http.", line: 4 }] }] };
    const html = text(renderToStaticMarkup(<SpecCheck check={check(legacy)} />));
    expect(html).toContain("it scored 87 out of 100");
    expect(html).toContain("Line 4: Server URL is http.");
    expect(html).toContain("(requirement)");
  });
});
