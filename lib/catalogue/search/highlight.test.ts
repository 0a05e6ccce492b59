import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, excerpt, toSegments } from "./highlight";

describe("highlighting", () => {
  it("splits marked text into plain and matched runs", () => {
    expect(toSegments(`The ${MARK_START}vehicle${MARK_END} API`)).toEqual([
      { text: "The ", match: false },
      { text: "vehicle", match: true },
      { text: " API", match: false },
    ]);
    expect(toSegments("plain")).toEqual([{ text: "plain", match: false }]);
  });

  it("cuts long text at a word boundary", () => {
    expect(excerpt("one two three four", 9)).toBe("one two…");
    expect(excerpt("a\n\nb")).toBe("a b");
  });
});
