import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSpec, zipOf } from "./archive-testing";
import { IngestError } from "./errors";
import { arrivalHash, ingestSpec } from "./ingest";
import { findRoot, readSpecFiles } from "./multifile";
import { resolveInArchive } from "./resolver";

const SPECS = path.resolve(__dirname, "../../../shared/data/specs");
const enc = (s: string) => new TextEncoder().encode(s);
const filesOf = (entries: Record<string, string>) => readSpecFiles(new Map(Object.entries(entries).map(([p, t]) => [p, enc(t)])));

const ROOT = 'openapi: 3.0.3\ninfo: {title: Pets, version: "1"}\npaths:\n  /pets:\n    $ref: "./paths/pets.yaml"\n';
const PETS = `get:
  operationId: listPets
  responses:
    "200":
      description: The pets
      content:
        application/json:
          schema: {$ref: "../components/schemas/Pet.yaml"}
`;
const PET = "type: object\nproperties:\n  name: {type: string}\n";

async function refusal(p: Promise<unknown>): Promise<IngestError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("resolveInArchive", () => {
  it("resolves relative refs against the referring file's folder, inside the archive only", () => {
    expect(resolveInArchive("paths/pets.yaml", "../components/schemas/Pet.yaml")).toBe("components/schemas/Pet.yaml");
    expect(resolveInArchive("openapi.yaml", "./paths/My%20pets.yaml")).toBe("paths/My pets.yaml");
    expect(resolveInArchive(null, "schemas/a.yaml")).toBe("schemas/a.yaml");
    for (const ref of ["../outside.yaml", "paths/../../outside.yaml", "/etc/passwd", "file:///etc/passwd", "https://example.com/a.yaml", "C:/a.yaml", "a\\..\\..\\b.yaml", "%E0%A4%A.yaml"]) {
      expect(resolveInArchive("openapi.yaml", ref), ref).toBeUndefined();
    }
  });
});

describe("findRoot", () => {
  it("is the one OpenAPI document no other file refers to, even when files point back to it", () => {
    const files = filesOf({ "openapi.yaml": ROOT, "paths/pets.yaml": PETS.replace("listPets", "listPets\n  parameters: [{$ref: '../openapi.yaml#/components/parameters/Limit'}]"), "components/schemas/Pet.yaml": PET });
    expect(findRoot(files)).toBe("openapi.yaml");
  });

  it("asks the publisher to choose when several could be the root, and checks their choice", () => {
    const files = filesOf({ "v1/openapi.yaml": ROOT, "v2/openapi.yaml": ROOT, "v1/paths/pets.yaml": PETS, "v2/paths/pets.yaml": PETS });
    const error = (() => {
      try {
        findRoot(files);
      } catch (e) {
        return e as IngestError;
      }
    })();
    expect(error).toMatchObject({ code: "choose-root", candidates: ["v1/openapi.yaml", "v2/openapi.yaml"] });
    expect(findRoot(files, "v2/openapi.yaml")).toBe("v2/openapi.yaml");
    expect(() => findRoot(files, "v1/paths/pets.yaml")).toThrow(/no OpenAPI description called “v1\/paths\/pets\.yaml”/);
    expect(() => findRoot(files, "../openapi.yaml")).toThrow(IngestError);
  });

  it("refuses an archive with no OpenAPI document, or no YAML or JSON at all", () => {
    expect(() => findRoot(filesOf({ "pets.yaml": PETS }))).toThrow(/None of the archive's YAML or JSON files is an OpenAPI description/);
    expect(() => readSpecFiles(new Map([["README.md", enc("# hi")]]))).toThrow(/no YAML or JSON files/);
  });

  it("names the file that cannot be read", () => {
    expect(() => filesOf({ "openapi.yaml": ROOT, "paths/pets.yaml": "get: [unclosed\n" })).toThrow(/^In the archive's file “paths\/pets\.yaml”: The file is not valid YAML/);
  });
});

describe("ingestSpec of a .zip", () => {
  it.each(["hmrc-vat-mtd.yaml", "nhs-personal-demographics.yaml"])("bundles the real %s split into files as it bundles the single document", async (name) => {
    const text = fs.readFileSync(path.join(SPECS, name), "utf8");
    const files = splitSpec(text);
    expect(Object.keys(files).length).toBeGreaterThan(30);
    const zip = zipOf(files);
    const [single, multi] = await Promise.all([ingestSpec(enc(text)), ingestSpec(zip)]);
    expect(multi).toMatchObject({ versionLabel: single.versionLabel, archive: { root: "openapi.yaml", files: Object.keys(files).length }, contentHash: arrivalHash(zip), text: files["openapi.yaml"] });
    const [a, b] = [single.bundled, multi.bundled] as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }[];
    expect(Object.keys(b!.paths)).toEqual(Object.keys(a!.paths));
    expect(Object.keys(b!.components.schemas).sort()).toEqual(Object.keys(a!.components.schemas).sort());
    // Every ref to a file of the archive is now local; only the refs the real spec itself leaves
    // dangling (NHS's to example files it does not include) still name a file, unresolved in both.
    const refsToFiles = (bundled: unknown) => JSON.stringify(bundled).match(/"\$ref":"[^#][^"]*"/g) ?? [];
    expect(refsToFiles(b)).toEqual(refsToFiles(a));
    const unresolved = (problems: typeof single.problems) => problems.filter((p) => p.ruleId === "no-unresolved-refs").length;
    expect(unresolved(multi.problems)).toBe(unresolved(single.problems));
  });

  it("refuses refs outside the archive as unresolved, placing the problem in the file that has it", async () => {
    const zip = zipOf({
      "openapi.yaml": ROOT,
      "paths/pets.yaml": PETS.replace("../components/schemas/Pet.yaml", "../../secrets.yaml"),
      "components/schemas/Pet.yaml": PET,
      "components/schemas/Remote.yaml": "$ref: 'https://169.254.169.254/latest/meta-data/'\n",
    });
    const result = await ingestSpec(zip);
    const unresolved = result.problems.filter((p) => p.ruleId === "no-unresolved-refs");
    expect(unresolved).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/^paths\/pets\.yaml: .*"\.\.\/\.\.\/secrets\.yaml" refused: only relative references to files inside the archive/) })]);
  });

  it("uses the publisher's choice of root, which is part of what identifies the upload", async () => {
    const zip = zipOf({ "v1/openapi.yaml": ROOT, "v2/openapi.yaml": ROOT.replace('"1"', '"2"'), "v1/paths/pets.yaml": PETS, "v2/paths/pets.yaml": PETS, "v1/components/schemas/Pet.yaml": PET, "v2/components/schemas/Pet.yaml": PET });
    expect(await refusal(ingestSpec(zip))).toMatchObject({ code: "choose-root", candidates: ["v1/openapi.yaml", "v2/openapi.yaml"] });
    const chosen = await ingestSpec(zip, { root: "v2/openapi.yaml" });
    expect(chosen.archive).toEqual({ root: "v2/openapi.yaml", files: 6 });
    expect((chosen.bundled as { info: { version: string } }).info.version).toBe("2");
    expect(chosen.contentHash).toBe(arrivalHash(zip, "v2/openapi.yaml"));
    expect(arrivalHash(zip, "v1/openapi.yaml")).not.toBe(chosen.contentHash);
  });

  it("refuses an archive larger than SPEC_MAX_BYTES as it would a document", async () => {
    const zip = zipOf({ "openapi.yaml": ROOT });
    expect(await refusal(ingestSpec(zip, { maxBytes: zip.byteLength - 1 }))).toMatchObject({ code: "too-large", message: expect.stringMatching(/larger than \d+ bytes/) });
  });
});
