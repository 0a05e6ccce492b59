import { gzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { archiveLimits, isZip, readArchive } from "./archive";
import { claimUnpackedSize, markEncrypted, symlinkEntry, zipOf } from "./archive-testing";
import { IngestError } from "./errors";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function refusal(zip: Uint8Array, limits = {}): Promise<IngestError> {
  const error = await readArchive(zip, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

/** The same bytes with one entry's name swapped for another of the same length, everywhere it appears. */
function rename(zip: Uint8Array, from: string, to: string): Uint8Array {
  return new Uint8Array(Buffer.from(zip).toString("latin1").split(from).join(to).split("").map((c) => c.charCodeAt(0)));
}

afterEach(() => {
  delete process.env.SPEC_ARCHIVE_MAX_FILES;
  delete process.env.SPEC_ARCHIVE_MAX_BYTES;
});

describe("readArchive", () => {
  it("reads every file by its path, leaving out folders and what macOS adds", async () => {
    const zip = zipOf({
      "openapi.yaml": "openapi: 3.0.3\n",
      "components/": new Uint8Array(),
      "./components/schemas/Pet.yaml": "type: object\n",
      "README.md": "# Pets\n",
      "__MACOSX/._openapi.yaml": new Uint8Array([0, 5, 22, 7]),
      "components/.DS_Store": new Uint8Array([0, 0, 0, 1]),
    });
    expect(isZip(zip)).toBe(true);
    const files = await readArchive(zip);
    expect([...files.keys()].sort()).toEqual(["README.md", "components/schemas/Pet.yaml", "openapi.yaml"]);
    expect(text(files.get("components/schemas/Pet.yaml"))).toBe("type: object\n");
  });

  it.each([
    ["../escape.yaml", /“\.\.\/escape\.yaml” uses “\.\.” to point outside the archive/],
    ["schemas/../../escape.yaml", /“schemas\/\.\.\/\.\.\/escape\.yaml” uses “\.\.”/],
    ["/etc/passwd.yaml", /“\/etc\/passwd\.yaml” is an absolute path/],
    ["C:/Windows/win.yaml", /“C:\/Windows\/win\.yaml” is an absolute path/],
    ["schemas\\Pet.yaml", /“schemas\\Pet\.yaml” has a backslash/],
  ])("refuses an entry named %s, naming it", async (name, message) => {
    const error = await refusal(zipOf({ "openapi.yaml": "openapi: 3.0.3\n", [name]: "type: object\n" }));
    expect(error.code).toBe("unsafe-archive");
    expect(error.message).toMatch(message);
  });

  it("refuses a symbolic link, even to a file inside the archive", async () => {
    const error = await refusal(zipOf({ "openapi.yaml": "openapi: 3.0.3\n", "link.yaml": symlinkEntry("/etc/passwd") }));
    expect(error).toMatchObject({ code: "unsafe-archive", message: expect.stringMatching(/“link\.yaml” is a symbolic link/) });
  });

  it("refuses an archive inside the archive, by its name or by its first bytes", async () => {
    const inner = zipOf({ "a.yaml": "a: 1\n" });
    for (const [name, data] of [
      ["inner.zip", inner],
      ["schemas.yaml", inner],
      ["bundle.tar.gz", gzipSync(new TextEncoder().encode("a: 1\n"))],
      ["notes.txt", gzipSync(new TextEncoder().encode("a: 1\n"))],
    ] as const) {
      const error = await refusal(zipOf({ "openapi.yaml": "openapi: 3.0.3\n", [name]: data }));
      expect(error.code).toBe("unsafe-archive");
      expect(error.message).toContain(`“${name}” is an archive inside the archive`);
    }
  });

  it("refuses two entries with the same path", async () => {
    const error = await refusal(rename(zipOf({ "a.yaml": "a: 1\n", "b.yaml": "b: 2\n" }), "b.yaml", "a.yaml"));
    expect(error).toMatchObject({ code: "unsafe-archive", message: expect.stringMatching(/“a\.yaml” appears twice/) });
  });

  it("refuses an encrypted entry", async () => {
    const error = await refusal(markEncrypted(zipOf({ "openapi.yaml": "openapi: 3.0.3\n" })));
    expect(error).toMatchObject({ code: "unsafe-archive", message: expect.stringMatching(/“openapi\.yaml” is encrypted/) });
  });

  it("refuses more entries than SPEC_ARCHIVE_MAX_FILES, before reading any", async () => {
    const zip = zipOf(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}.yaml`, "a: 1\n"])));
    expect(await readArchive(zip, { maxFiles: 5 })).toHaveProperty("size", 5);
    process.env.SPEC_ARCHIVE_MAX_FILES = "4";
    expect(await refusal(zip)).toMatchObject({ code: "archive-too-large", message: "The archive has 5 entries; the most we accept is 4." });
  });

  it("refuses a zip bomb by the sizes its entries declare, before inflating them", async () => {
    const zeros = new Uint8Array(21 * 1024 * 1024);
    const bomb = zipOf({ "openapi.yaml": "openapi: 3.0.3\n", "big.yaml": zeros });
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(await refusal(bomb)).toMatchObject({ code: "archive-too-large", message: expect.stringMatching(/unpacks to more than 20 MB/) });
    // The limit can be set; it defaults to SPEC_MAX_BYTES.
    process.env.SPEC_ARCHIVE_MAX_BYTES = String(1024);
    expect(archiveLimits().maxUnpackedBytes).toBe(1024);
    expect(await refusal(zipOf({ "a.yaml": new Uint8Array(2048) }))).toMatchObject({ code: "archive-too-large" });
  });

  it("stops inflating an entry that unpacks to more than it declares", async () => {
    const liar = claimUnpackedSize(zipOf({ "openapi.yaml": new Uint8Array(5 * 1024 * 1024) }), 100);
    expect(await refusal(liar)).toMatchObject({ code: "archive-too-large", message: expect.stringMatching(/unpacks to more than/) });
  });

  it("refuses bytes that are not a readable archive", async () => {
    const zip = zipOf({ "openapi.yaml": "openapi: 3.0.3\n" });
    expect(await refusal(zip.subarray(0, zip.length - 10))).toMatchObject({ code: "invalid-archive", message: expect.stringMatching(/^The file is not a \.zip archive we can read/) });
    expect(isZip(new TextEncoder().encode("openapi: 3.0.3\n"))).toBe(false);
  });
});
