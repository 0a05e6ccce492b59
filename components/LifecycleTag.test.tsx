import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { LIFECYCLES, LifecycleTag, lifecycleInfo } from "./LifecycleTag";

describe("LifecycleTag", () => {
  it.each([
    ["alpha", "Alpha", "purple"],
    ["beta", "Beta", "blue"],
    ["live", "Live", "green"],
    ["deprecated", "Deprecated", "orange"],
    ["retired", "Retired", "grey"],
  ] as const)("shows %s as %s in %s", (value, label, colour) => {
    const html = renderToStaticMarkup(<LifecycleTag lifecycle={value} />);
    expect(html).toContain(`>${label}</strong>`);
    expect(html).toContain(`tag-${colour}`);
  });

  it("accepts data in any case and with spaces", () => {
    expect(lifecycleInfo(" Live ")).toBe(LIFECYCLES.live);
    expect(lifecycleInfo("DEPRECATED")).toBe(LIFECYCLES.deprecated);
  });

  it("says 'Not known' for missing values and shows unknown ones in grey", () => {
    expect(renderToStaticMarkup(<LifecycleTag lifecycle={null} />)).toContain(">Not known</strong>");
    expect(lifecycleInfo("")).toMatchObject({ label: "Not known", colour: "grey" });
    expect(lifecycleInfo("experimental")).toMatchObject({ label: "Experimental", colour: "grey" });
  });

  it("has a plain-English description for every stage", () => {
    for (const info of Object.values(LIFECYCLES)) {
      expect(info.description).toMatch(/^[A-Z].+\.$/);
    }
  });
});

describe("lifecycleInfo", () => {
  it("does not treat Object prototype names as lifecycles", () => {
    expect(lifecycleInfo("toString")).toMatchObject({ label: "Tostring", colour: "grey" });
  });
});
