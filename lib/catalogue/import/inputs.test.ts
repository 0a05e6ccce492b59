import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FatalImportError } from "./errors";
import { readInputs, repoRoot, resolveDataDir } from "./inputs";

const root = path.resolve(__dirname, "../../..");

describe("resolveDataDir", () => {
  it("defaults to ../shared/data from the repo root, whatever the working directory", () => {
    expect(repoRoot()).toBe(root);
    expect(resolveDataDir(undefined, {})).toBe(path.resolve(root, "../shared/data"));
  });

  it("prefers the option, then CATALOGUE_DATA_DIR, relative to the repo root", () => {
    expect(resolveDataDir(undefined, { CATALOGUE_DATA_DIR: "fixtures/x" })).toBe(path.join(root, "fixtures/x"));
    expect(resolveDataDir("/abs/data", { CATALOGUE_DATA_DIR: "ignored" })).toBe("/abs/data");
  });
});

describe("readInputs", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads both CSVs and the spec files, ignoring other files", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs-"));
    fs.mkdirSync(path.join(dir, "uk-api-catalogue"));
    fs.mkdirSync(path.join(dir, "specs"));
    fs.writeFileSync(path.join(dir, "uk-api-catalogue/organisation.csv"), "o");
    fs.writeFileSync(path.join(dir, "uk-api-catalogue/catalogue.csv"), "c");
    fs.writeFileSync(path.join(dir, "specs/b.yaml"), "b");
    fs.writeFileSync(path.join(dir, "specs/a.json"), "a");
    fs.writeFileSync(path.join(dir, "specs/SOURCES.md"), "m");
    const inputs = readInputs(dir);
    expect(inputs.organisations).toBe("o");
    expect(inputs.catalogue).toBe("c");
    expect(inputs.specs).toEqual([{ file: "a.json", text: "a" }, { file: "b.yaml", text: "b" }]);
  });

  it("fails with a plain message when a CSV is missing", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inputs-"));
    expect(() => readInputs(dir)).toThrow(FatalImportError);
    expect(() => readInputs(dir)).toThrow(/organisation\.csv: it does not exist/);
  });
});
