import { createServer, type Server } from "node:http";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { zipOf } from "./archive-testing";
import { ingestSpec } from "./ingest";

const enc = (s: string) => new TextEncoder().encode(s);

function specWithRefs(refs: string[]): string {
  const props = refs.map((r, i) => `        p${i}:\n          $ref: '${r}'`).join("\n");
  return `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /x:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/S'}
components:
  schemas:
    S:
      type: object
      properties:
${props}
`;
}

describe("ArchiveResolver (through ingestSpec)", () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end("type: string\n");
    });
    server.on("connection", () => connections++);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("makes no request for loopback or cloud-metadata refs; they become lint problems", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const refs = [`http://127.0.0.1:${port}/x.yaml`, "http://169.254.169.254/latest/meta-data/", `https://127.0.0.1:${port}/y.json#/a`];
    const result = await ingestSpec(enc(specWithRefs(refs)));
    await new Promise((r) => setTimeout(r, 100)); // give any stray request time to land
    expect(connections).toBe(0);
    expect(requests).toBe(0);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    const unresolved = result.problems.filter((p) => p.ruleId === "no-unresolved-refs");
    expect(unresolved).toHaveLength(3);
    for (const p of unresolved) {
      expect(p.message).toMatch(/refused/);
      expect(p.line).toBeGreaterThan(15);
    }
  });

  it("never reads local files (file:///etc/passwd, ../../etc/hostname)", async () => {
    const spies = [
      vi.spyOn(fs, "readFileSync"),
      vi.spyOn(fs.promises, "readFile"),
      vi.spyOn(fs, "lstatSync"),
      vi.spyOn(fs, "existsSync"),
    ];
    const result = await ingestSpec(enc(specWithRefs(["file:///etc/passwd", "../../etc/hostname", "./other.yaml#/Pet"])));
    for (const s of spies) {
      expect(s).not.toHaveBeenCalled();
      s.mockRestore();
    }
    const unresolved = result.problems.filter((p) => p.ruleId === "no-unresolved-refs");
    expect(unresolved).toHaveLength(3);
    expect(unresolved.every((p) => /refused/.test(p.message))).toBe(true);
    const everything = JSON.stringify(result);
    expect(everything).not.toMatch(/root:x:0:0/); // /etc/passwd content
    const hostname = fs.existsSync("/etc/hostname") ? fs.readFileSync("/etc/hostname", "utf8").trim() : "";
    if (hostname.length > 3) expect(JSON.stringify(result.bundled)).not.toContain(hostname);
  });

  it("follows an archive's refs to its own files only: no request, no read of the server's disk", async () => {
    const spies = [vi.spyOn(fs, "readFileSync"), vi.spyOn(fs.promises, "readFile"), vi.spyOn(fs, "lstatSync"), vi.spyOn(globalThis, "fetch")];
    const refs = ["./schemas/Thing.yaml", `http://127.0.0.1:${port}/x.yaml`, "file:///etc/passwd", "/etc/passwd", "../../etc/passwd", "schemas/Missing.yaml"];
    const zip = zipOf({ "openapi.yaml": specWithRefs(refs), "schemas/Thing.yaml": "type: string\n", "etc/passwd": "root:x:0:0\n" });
    const result = await ingestSpec(zip);
    for (const s of spies) {
      expect(s).not.toHaveBeenCalled();
      s.mockRestore();
    }
    expect(connections + requests).toBe(0);
    const unresolved = result.problems.filter((p) => p.ruleId === "no-unresolved-refs").map((p) => p.message);
    expect(unresolved).toHaveLength(5);
    expect(unresolved.filter((m) => /only relative references to files inside the archive/.test(m))).toHaveLength(4);
    expect(unresolved).toContainEqual(expect.stringMatching(/the archive has no YAML or JSON file "schemas\/Missing\.yaml"/));
    const properties = (result.bundled as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }).components.schemas.S!.properties;
    expect(properties.p0).toEqual({ $ref: "#/components/schemas/Thing" });
    expect(JSON.stringify(result.bundled)).not.toMatch(/root:x:0:0/);
  });
});
