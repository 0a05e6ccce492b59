import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditTimeline } from "./AuditTimeline";
import { ChangeTable } from "./ChangeTable";

describe("ChangeTable", () => {
  it("shows before and after for an update, and 'Not set' for empty values", () => {
    const html = renderToStaticMarkup(<ChangeTable caption="What changed" changes={[{ field: "url", label: "Base URL", before: null, after: "https://b" }, { field: "name", label: "Name", before: "A", after: "B" }]} />);
    expect(html).toContain(">Before</th>");
    expect(html).toContain(">After</th>");
    expect(html).toMatch(/<th scope="row"[^>]*>Base URL<\/th><td[^>]*><span[^>]*>Not set<\/span>/);
  });

  it("has a single value column for a record that was created", () => {
    const html = renderToStaticMarkup(<ChangeTable caption="c" changes={[{ field: "name", label: "Name", before: null, after: "A" }]} />);
    expect(html).toContain(">Value</th>");
    expect(html).not.toContain(">Before</th>");
  });

  it("shows a side the viewer could not see then as 'Not shown', not as empty", () => {
    const html = renderToStaticMarkup(<ChangeTable caption="c" withheld="before" changes={[{ field: "visibility", label: "Who can use it", before: null, after: "Public" }]} />);
    expect(html).toContain(">Before</th>");
    expect(html).toMatch(/Who can use it<\/th><td[^>]*><span[^>]*>Not shown<\/span>/);
    expect(html).not.toContain("Not set");
  });
});

describe("AuditTimeline", () => {
  it("says when what a record was before a change is not shown", () => {
    const entry = { id: "1", at: "2025-01-02T03:04:05Z", actor: { name: "Dana" }, summary: "Updated", changes: [{ field: "name", label: "Name", before: null, after: "B" }], withheld: "before" as const };
    expect(renderToStaticMarkup(<AuditTimeline entries={[entry]} />)).toContain("What it was before this change is not shown: you could not see it then.");
  });

  it("says what happened, who and when (as a machine-readable time)", () => {
    const html = renderToStaticMarkup(
      <AuditTimeline entries={[{ id: "1", at: "2025-01-02T03:04:05Z", actor: { name: "Import from api.gov.uk" }, summary: "Created", changes: [] }]} />,
    );
    expect(html).toContain("<h2");
    expect(html).toContain("Created");
    expect(html).toContain('Import from api.gov.uk, <time dateTime="2025-01-02T03:04:05Z">2025-01-02T03:04:05Z</time>');
  });

  it("says so when nothing has been recorded", () => {
    expect(renderToStaticMarkup(<AuditTimeline entries={[]} />)).toContain("Nothing has been recorded yet.");
  });
});
