import { describe, expect, it } from "vitest";
import { readSpecForm, UnreadableFormError } from "./upload";

/** The body and content type a browser sends for these parts, in this order. */
function multipart(parts: [string, string | File][]): Request {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  return new Request("http://localhost/", { method: "POST", body: form });
}

const read = (request: Request, maxBytes: number) => readSpecForm(request.body, request.headers.get("content-type"), maxBytes);

describe("readSpecForm", () => {
  it("reads the text fields and the chosen file", async () => {
    const form = await read(multipart([["apiId", "api1"], ["file", new File(["openapi: 3.0.3\n"], "spec.yaml")], ["url", ""], ["source", "pasted"]]), 1000);
    expect(form.fields).toEqual({ apiId: "api1", url: "", source: "pasted" });
    expect(form.file?.name).toBe("spec.yaml");
    expect(new TextDecoder().decode(form.file?.bytes)).toBe("openapi: 3.0.3\n");
    expect(form.oversized).toEqual([]);
  });

  it("drops a file over the limit but still reads every field after it", async () => {
    const big = new File([new Uint8Array(64 * 1024).fill(0x61)], "big.json");
    const form = await read(multipart([["apiId", "api1"], ["file", big], ["url", "https://example.gov.uk/openapi.yaml"], ["source", "kept"]]), 1000);
    expect(form.file).toBeUndefined();
    expect(form.oversized).toEqual(["file"]);
    expect(form.fields).toEqual({ apiId: "api1", url: "https://example.gov.uk/openapi.yaml", source: "kept" });
  });

  it("takes a file or text of exactly the limit, and not a byte more", async () => {
    const exactly = await read(multipart([["file", new File([new Uint8Array(1000).fill(0x61)], "a.yaml")], ["source", "x".repeat(1000)]]), 1000);
    expect(exactly.file?.bytes.byteLength).toBe(1000);
    expect(exactly.fields.source).toHaveLength(1000);
    const over = await read(multipart([["file", new File([new Uint8Array(1001).fill(0x61)], "a.yaml")], ["source", "x".repeat(1001)]]), 1000);
    expect(over).toEqual({ fields: {}, oversized: ["file", "source"] });
  });

  it("treats an empty file input as no file, and marks a text field over the limit", async () => {
    const form = await read(multipart([["file", new File([], "")], ["source", "x".repeat(1001)], ["url", "u"]]), 1000);
    expect(form.file).toBeUndefined();
    expect(form.oversized).toEqual(["source"]);
    expect(form.fields).toEqual({ url: "u" });
  });

  it("refuses a body that is not a form, or one cut short", async () => {
    await expect(read(new Request("http://localhost/", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }), 1000)).rejects.toBeInstanceOf(UnreadableFormError);
    const whole = multipart([["apiId", "api1"], ["source", "text"]]);
    const bytes = new Uint8Array(await whole.arrayBuffer());
    const cut = new Request("http://localhost/", { method: "POST", body: bytes.subarray(0, bytes.length - 20), headers: { "content-type": whole.headers.get("content-type")! } });
    await expect(read(cut, 1000)).rejects.toBeInstanceOf(UnreadableFormError);
  });
});
