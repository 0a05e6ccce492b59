import { describe, expect, it } from "vitest";
import { isoDate, toBlocks } from "./text";

describe("description text", () => {
  it("keeps paragraphs and bulleted lists as written", () => {
    expect(toBlocks("Intro line\n\nThe API contains:\n\n- one\n- two\nAfter")).toEqual([
      { kind: "paragraph", text: "Intro line" },
      { kind: "paragraph", text: "The API contains:" },
      { kind: "list", items: ["one", "two"] },
      { kind: "paragraph", text: "After" },
    ]);
  });

  it("never interprets markup", () => {
    expect(toBlocks("<script>alert(1)</script>")).toEqual([{ kind: "paragraph", text: "<script>alert(1)</script>" }]);
  });

  it("shows dates as ISO 8601 in UTC", () => {
    expect(isoDate(new Date("2020-08-24T00:00:00Z"))).toBe("2020-08-24");
    expect(isoDate(null)).toBeNull();
  });
});
