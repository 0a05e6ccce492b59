import { describe, expect, it } from "vitest";
import { CATALOGUE_VERSION_HEADER, forwardCatalogueVersion, forwardedCatalogueVersion } from "./catalogue-version";

describe("the catalogue's version handed from the proxy to the page", () => {
  it("carries the version the proxy read, and never one the client sent", () => {
    const sent = new Headers({ [CATALOGUE_VERSION_HEADER]: "999999" });
    forwardCatalogueVersion(sent, 41);
    expect(forwardedCatalogueVersion(sent)).toBe(41);

    const unread = new Headers({ [CATALOGUE_VERSION_HEADER]: "999999" });
    forwardCatalogueVersion(unread, undefined);
    expect(unread.has(CATALOGUE_VERSION_HEADER)).toBe(false);
    expect(forwardedCatalogueVersion(unread)).toBeUndefined();
  });

  it("is read only as a whole number", () => {
    for (const value of ["", "-1", "1.5", "1e3", "NaN", "12abc"]) expect(forwardedCatalogueVersion(new Headers({ [CATALOGUE_VERSION_HEADER]: value }))).toBeUndefined();
    expect(forwardedCatalogueVersion(new Headers({ [CATALOGUE_VERSION_HEADER]: "0" }))).toBe(0);
  });
});
