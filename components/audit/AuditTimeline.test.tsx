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
});

describe("AuditTimeline", () => {
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
