import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Change } from "@/lib/openapi/diff";
import { AuditTimeline } from "../audit/AuditTimeline";
import { BreakingChangesTag, ChangeList } from "./ChangeList";
import { RevisionsNotice } from "./RevisionsNotice";

const change = (message: string, breaking: boolean): Change => ({ kind: breaking ? "path-removed" : "path-added", breaking, path: "/a", pointer: "/paths/~1a", message });

describe("ChangeList", () => {
  it("puts the breaking changes first under a warning heading, then the others", () => {
    const html = renderToStaticMarkup(<ChangeList changes={[change("Removed /a.", true), change("Added /b.", false)]} />);
    expect(html).toMatch(/These changes will break existing clients \(1\).*Removed \/a\..*Other changes \(1\).*Added \/b\./);
    expect(html).toContain("border-error");
  });

  it("says so when nothing breaks, and when nothing changed", () => {
    expect(renderToStaticMarkup(<ChangeList changes={[change("Added /b.", false)]} />)).toContain("None of the changes break existing clients.");
    expect(renderToStaticMarkup(<ChangeList changes={[]} />)).toContain("Nothing that clients rely on has changed.");
  });
});

describe("BreakingChangesTag", () => {
  it("counts breaking changes in red, none in grey, and shows nothing without a comparison", () => {
    expect(renderToStaticMarkup(<BreakingChangesTag count={3} />)).toBe('<strong class="tag tag-red">3 breaking changes</strong>');
    expect(renderToStaticMarkup(<BreakingChangesTag count={1} />)).toContain(">1 breaking change<");
    expect(renderToStaticMarkup(<BreakingChangesTag count={0} />)).toBe('<strong class="tag tag-grey">No breaking changes</strong>');
    expect(renderToStaticMarkup(<BreakingChangesTag count={null} />)).toBe("");
  });
});

describe("RevisionsNotice", () => {
  it("warns about the latest version's breaking changes and links to every version", () => {
    const html = renderToStaticMarkup(<RevisionsNotice slug="x" latest={{ id: "r2", breakingChanges: 2 }} count={2} />);
    expect(html).toContain('href="/apis/x/revisions/r2"');
    expect(html).toContain("This version has 2 changes that break existing clients");
    expect(html).toContain(">See all 2 versions<");
  });

  it("has no warning when nothing breaks", () => {
    const html = renderToStaticMarkup(<RevisionsNotice slug="x" latest={{ id: "r1", breakingChanges: null }} count={1} />);
    expect(html).not.toContain("Warning");
    expect(html).toContain(">See the version stored<");
  });
});

describe("AuditTimeline detail", () => {
  it("shows what the page adds to an entry", () => {
    const html = renderToStaticMarkup(<AuditTimeline entries={[{ id: "1", at: "2026-01-01T00:00:00Z", actor: { name: "A" }, summary: "OpenAPI description added", changes: [], detail: <a href="/r">See this version</a> }]} />);
    expect(html).toContain('<a href="/r">See this version</a>');
  });
});
