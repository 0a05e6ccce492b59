import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { RecordIdentity } from "./RecordIdentity";

describe("RecordIdentity", () => {
  it("sends the record's id and the version it was read at", () => {
    expect(renderToStaticMarkup(<RecordIdentity record={{ id: "c1", version: 3 }} />)).toBe('<input type="hidden" name="id" value="c1"/><input type="hidden" name="version" value="3"/>');
  });
});
