import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_SPECS, isSpecFile, seedSpecFor, sha256Hex } from "./specs";

const specsDir = path.resolve(__dirname, "../../../../shared/data/specs");

describe("seed spec table", () => {
  it("lists each spec file once", () => {
    const files = SEED_SPECS.map((s) => s.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toHaveLength(8);
  });

  it.runIf(fs.existsSync(specsDir))("covers every spec in the shared data folder", () => {
    const present = fs.readdirSync(specsDir).filter(isSpecFile).sort();
    expect(present).toEqual(SEED_SPECS.map((s) => s.file).sort());
  });

  it("finds a spec by file name", () => {
    expect(seedSpecFor("dvla-vehicle-enquiry.yaml")?.apiName).toBe("DVLA Vehicle Enquiry Service");
    expect(seedSpecFor("SOURCES.md")).toBeUndefined();
  });

  it("recognises spec files by extension", () => {
    expect(isSpecFile("a.yaml")).toBe(true);
    expect(isSpecFile("a.yml")).toBe(true);
    expect(isSpecFile("a.json")).toBe(true);
    expect(isSpecFile("SOURCES.md")).toBe(false);
  });
});

describe("sha256Hex", () => {
  it("hashes the text as UTF-8", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("é")).toHaveLength(64);
  });
});
