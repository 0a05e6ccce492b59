import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { contentHash, contentHashOfBytes, ingestSpec } from "./ingest";
import { chainSpec, codeOf, SPECS_DIR } from "./testing";

const enc = (s: string) => new TextEncoder().encode(s);

describe("ingestSpec: bad input", () => {
  it("refuses each bad input with a typed error", async () => {
    expect(await codeOf(ingestSpec(new Uint8Array()))).toBe("empty");
    expect(await codeOf(ingestSpec(new Uint8Array([0xff, 0xfe, 0x00])))).toBe("not-utf8");
    expect(await codeOf(ingestSpec(enc("openapi: 3.0.0\n  bad: [\n")))).toBe("invalid-yaml");
    expect(await codeOf(ingestSpec(enc("[1, 2, 3]")))).toBe("not-an-object");
    expect(await codeOf(ingestSpec(enc('{"swaggerVersion": "1.2", "apis": []}')))).toBe("unsupported-version");
    expect(await codeOf(ingestSpec(enc("#%RAML 1.0\ntitle: x\n")))).toBe("unsupported-version");
    expect(await codeOf(ingestSpec(enc('openapi: 3.0.0\nx: !!js/function "f"\n')))).toBe("unsafe-yaml");
    expect(await codeOf(ingestSpec(enc("openapi: 3.0.0\ninfo: {}\ninfo: {}\n")))).toBe("invalid-yaml");
    expect(await codeOf(ingestSpec(enc("openapi: 3.0.0\nx: " + "[".repeat(100_000))))).toBe("too-deep");
  });

  it("refuses a 30 MB spec by size, before decoding it", async () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 0xff); // invalid UTF-8: proves size is checked first
    expect(await codeOf(ingestSpec(big))).toBe("too-large");
  });

  it("keeps __proto__ keys as data through lint and bundle", async () => {
    const r = await ingestSpec(enc('openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\nx-data:\n  __proto__: {polluted: true}\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const xData = r.bundled["x-data"] as Record<string, unknown>;
    expect(Object.getPrototypeOf(xData)).toBe(Object.prototype);
    expect(Object.hasOwn(xData, "__proto__")).toBe(true);
  });

  it("survives circular $refs", async () => {
    const text = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /x:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
components:
  schemas:
    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}}}
    B: {type: object, properties: {a: {$ref: '#/components/schemas/A'}}}
`;
    // Circular through properties is legal (a tree type): it lints and bundles.
    const r = await ingestSpec(enc(text));
    expect(r.version).toBe("oas3_0");
    expect(r.bundled).toHaveProperty("components.schemas.A");
    // A pure ref loop has no schema at all: a clear error, not a hang or crash.
    const self = text + "    Self: {$ref: '#/components/schemas/Self'}\n";
    expect(await codeOf(ingestSpec(enc(self)))).toBe("circular-ref");
    const loop = text + "    C: {$ref: '#/components/schemas/D'}\n    D: {$ref: '#/components/schemas/C'}\n";
    expect(await codeOf(ingestSpec(enc(loop)))).toBe("circular-ref");
  });

  it("caps a long linear $ref chain instead of overflowing the stack", async () => {
    expect(await codeOf(ingestSpec(enc(chainSpec(600))))).toBe("ref-chain-too-deep");
    expect(await codeOf(ingestSpec(enc(chainSpec(5000))))).toBe("ref-chain-too-deep");
    const ok = await ingestSpec(enc(chainSpec(200))); // the cap itself lints fine
    expect(ok.version).toBe("oas3_0");
  });

  it("lints the deepest nesting the parser allows without overflowing", async () => {
    let schema = '{type: string}';
    for (let i = 0; i < 120; i++) schema = `{type: object, properties: {a: ${schema}}}`;
    const text = `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Deep: ${schema}\n`;
    const r = await ingestSpec(enc(text));
    expect(r.version).toBe("oas3_0");
  });

  it("hashes the decoded text (a BOM does not change it)", async () => {
    const text = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n';
    const a = await ingestSpec(enc(text));
    const b = await ingestSpec(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]));
    expect(a.contentHash).toBe(contentHash(text));
    expect(b.contentHash).toBe(a.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same hash from the bytes alone, so a re-upload is known without decoding", () => {
    const text = 'openapi: 3.1.0\ninfo: {title: "Café ✓", version: "1"}\npaths: {}\n';
    expect(contentHashOfBytes(enc(text))).toBe(contentHash(text));
    expect(contentHashOfBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]))).toBe(contentHash(text));
  });
});

describe("ingestSpec: malformed references", () => {
  it("reports a $ref with broken percent-encoding as an unresolved reference at its line", async () => {
    const spec = [
      "openapi: 3.0.0",
      "info: {title: t, version: '1'}",
      "paths:",
      "  /a:",
      "    get:",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: {$ref: '#/components/schemas/a%'}",
      "components: {schemas: {b: {type: object}}}",
    ].join("\n");
    const r = await ingestSpec(enc(spec));
    expect(r.problems.filter((p) => p.ruleId === "no-unresolved-refs")).toEqual([expect.objectContaining({ line: 11 })]);
  });
});

describe("ingestSpec: the bundle", () => {
  it("is the document itself when every $ref points inside it, and keeps refused external refs as they were", async () => {
    const local = chainSpec(3);
    expect((await ingestSpec(enc(local))).bundled).toEqual(JSON.parse(local));
    const external = local.replace('"#/components/schemas/S2"', '"https://example.com/s.json"');
    const r = await ingestSpec(enc(external));
    expect(r.problems.some((p) => p.ruleId === "no-unresolved-refs")).toBe(true);
    expect(JSON.stringify(r.bundled)).toContain('"$ref":"https://example.com/s.json"');
  });
});

describe("ingestSpec: the real specs", () => {
  const files = readdirSync(SPECS_DIR).filter((f) => /\.(ya?ml|json)$/.test(f));
  it("has the specs to test", () => expect(files.length).toBeGreaterThanOrEqual(8));

  for (const file of files) {
    it(`ingests ${file}`, async () => {
      const bytes = readFileSync(path.join(SPECS_DIR, file));
      const r = await ingestSpec(bytes);
      expect(r.bundled).toBeTypeOf("object");
      const lines = r.text.split("\n").length;
      for (const p of r.problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(lines);
        expect(p.column).toBeGreaterThanOrEqual(1);
      }
      if (r.problems.length) expect(r.problems.some((p) => p.line > 1)).toBe(true);
    });
  }
});
