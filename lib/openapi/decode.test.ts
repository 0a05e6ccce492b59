import { describe, expect, it } from "vitest";
import { decodeSpec } from "./decode";
import { codeOf } from "./testing";

const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeSpec", () => {
  it("decodes UTF-8 and strips a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("openapi: 3.0.0 £")]);
    expect(decodeSpec(bytes)).toBe("openapi: 3.0.0 £");
    expect(decodeSpec(Buffer.from("a: 1"))).toBe("a: 1");
  });

  it("refuses invalid UTF-8 with a plain message", async () => {
    const latin1 = new Uint8Array([0x61, 0x3a, 0x20, 0xa3, 0x31]); // "a: £1" in Latin-1
    expect(await codeOf(() => decodeSpec(latin1))).toBe("not-utf8");
    expect(() => decodeSpec(latin1)).toThrow(/not UTF-8/);
  });

  it("refuses an empty file (and whitespace only)", async () => {
    expect(await codeOf(() => decodeSpec(new Uint8Array()))).toBe("empty");
    expect(await codeOf(() => decodeSpec(enc("  \n\n")))).toBe("empty");
  });

  it("refuses a 30 MB spec by size before decoding", async () => {
    const big = new Uint8Array(30 * 1024 * 1024).fill(0xff); // invalid UTF-8: proves size is checked first
    expect(await codeOf(() => decodeSpec(big))).toBe("too-large");
  });

  it("takes the limit from an option or SPEC_MAX_BYTES", async () => {
    expect(await codeOf(() => decodeSpec(enc("a: 12345"), { maxBytes: 4 }))).toBe("too-large");
    const old = process.env.SPEC_MAX_BYTES;
    process.env.SPEC_MAX_BYTES = "4";
    try {
      expect(await codeOf(() => decodeSpec(enc("a: 12345")))).toBe("too-large");
    } finally {
      if (old === undefined) delete process.env.SPEC_MAX_BYTES;
      else process.env.SPEC_MAX_BYTES = old;
    }
  });
});
