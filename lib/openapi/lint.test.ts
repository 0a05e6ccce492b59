import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getLineColLocation, lintFromString } from "@redocly/openapi-core";
import { ingestSpec } from "./ingest";
import { makeConfig, type LintPlugins } from "./lint";
import { ArchiveResolver } from "./resolver";
import { SPECS_DIR } from "./testing";

describe("lintSpec", () => {
  it("reports the same rules at the same line:column as Redocly's own codeframes", async () => {
    for (const f of readdirSync(SPECS_DIR).filter((n) => /\.(ya?ml|json)$/.test(n))) {
      const text = readFileSync(path.join(SPECS_DIR, f), "utf8");
      const ours = await ingestSpec(Buffer.from(text));
      // Redocly's own js-yaml loader is stricter on indentation than `yaml` (which we use,
      // and hand Redocly the parsed data); skip a spec it cannot read itself.
      const theirs = await lintFromString({ source: text, absoluteRef: "openapi.yaml", config: await makeConfig(), externalRefResolver: new ArchiveResolver() }).catch((e: Error) => {
        console.log(`${f}: Redocly's own parser refuses it (${e.message}); we lint it anyway`);
        return undefined;
      });
      if (!theirs) continue;
      const expected = theirs
        .map((p) => {
          const l = getLineColLocation(p.location[0]!);
          return `${p.ruleId}@${l.start.line}:${l.start.col}`;
        })
        .sort();
      expect(ours.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`).sort(), f).toEqual(expected);
    }
  });

  it("runs extra plugin rules (e.g. the GDS plugin) in the same walk", async () => {
    const plugin = {
      id: "test",
      rules: {
        oas3: {
          "no-http-servers": () => ({
            Server: {
              enter(server: { url?: string }, ctx: { report: (p: { message: string; location: unknown }) => void; location: { child: (k: string) => unknown } }) {
                if (server.url?.startsWith("http:")) ctx.report({ message: "Use HTTPS", location: ctx.location.child("url") });
              },
            },
          }),
        },
      },
    };
    const text = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\nservers:\n  - url: http://example.com\npaths: {}\n';
    const r = await ingestSpec(new TextEncoder().encode(text), {
      plugins: [plugin] as unknown as LintPlugins,
      rules: { "test/no-http-servers": "error" },
    });
    const p = r.problems.find((x) => x.ruleId === "test/no-http-servers");
    expect(p).toMatchObject({ severity: "error", message: "Use HTTPS", pointer: "#/servers/0/url", line: 4, column: 10 });
    expect(r.problems.some((x) => x.ruleId === "info-license")).toBe(true); // recommended still applies
  });
});
