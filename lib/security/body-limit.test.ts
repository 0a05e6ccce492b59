import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FORM_MAX_BYTES, oversizedWrite } from "./body-limit";

const nextConfig = createRequire(import.meta.url)("../../next.config.js") as { experimental: { serverActions: { bodySizeLimit: string } } };
const headers = (length?: number) => new Headers(length === undefined ? {} : { "content-length": String(length) });

describe("the largest form a page may post", () => {
  it("is the limit Next gives server actions", () => {
    const [, amount, unit] = /^(\d+)(kb|mb)$/i.exec(nextConfig.experimental.serverActions.bodySizeLimit)!;
    expect(Number(amount) * (unit!.toLowerCase() === "mb" ? 1024 * 1024 : 1024)).toBe(FORM_MAX_BYTES);
  });

  it("refuses, in words, only a write that says it is larger", () => {
    expect(oversizedWrite("POST", headers(FORM_MAX_BYTES))).toBeNull();
    expect(oversizedWrite("POST", headers())).toBeNull();
    expect(oversizedWrite("GET", headers(FORM_MAX_BYTES * 5))).toBeNull();
    expect(oversizedWrite("POST", headers(12 * 1024 * 1024))).toBe("What you sent is 12 MB, more than the 1 MB a form here can take, so it was not saved. Go back and shorten the longest answer.");
  });
});
