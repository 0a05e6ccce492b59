import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FormGroup, describedBy } from "./FormGroup";

describe("describedBy", () => {
  it("joins the ids it is given and skips empty ones", () => {
    expect(describedBy("a-hint", false, undefined, "a-error")).toBe("a-hint a-error");
    expect(describedBy(false, null)).toBeUndefined();
  });
});

describe("FormGroup", () => {
  it("shows the error border only when there is an error", () => {
    expect(renderToStaticMarkup(<FormGroup>x</FormGroup>)).not.toContain("border-error");
    expect(renderToStaticMarkup(<FormGroup error>x</FormGroup>)).toContain("border-l-5 border-error");
  });
});

