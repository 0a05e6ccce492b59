import { IngestError } from "./errors";

export type SpecVersion = "oas2" | "oas3_0" | "oas3_1" | "oas3_2";

/** Cheap refusal of RAML before parsing: its marker is a YAML comment, so parse would accept it. */
export function refuseNonOpenApiText(text: string): void {
  if (/^\s*#%RAML/.test(text)) {
    throw new IngestError("unsupported-version", "This is a RAML file. We accept OpenAPI 3.0, 3.1 or 3.2, or Swagger 2.0; convert it to OpenAPI first.");
  }
}

/** Which OpenAPI/Swagger version a parsed document claims; anything else is refused clearly. */
export function detectVersion(data: Record<string, unknown>): { version: SpecVersion; label: string } {
  const { openapi, swagger, swaggerVersion } = data;
  if (typeof openapi === "string") {
    const m = /^3\.([0-2])\.\d+/.exec(openapi);
    if (m) return { version: `oas3_${m[1]}` as SpecVersion, label: `OpenAPI ${openapi}` };
  }
  if (swagger === "2.0") return { version: "oas2", label: "Swagger 2.0" };
  if (swaggerVersion !== undefined) {
    throw new IngestError("unsupported-version", `This is a Swagger ${String(swaggerVersion)} document. We accept Swagger 2.0 and OpenAPI 3.x; convert it to OpenAPI 3 first.`);
  }
  if (openapi !== undefined || swagger !== undefined) {
    const v = String(openapi ?? swagger);
    const hint = typeof (openapi ?? swagger) === "number" ? " (write the version in quotes, e.g. \"3.0.3\")" : "";
    throw new IngestError("unsupported-version", `The document says version "${v}"${hint}. We accept OpenAPI 3.0, 3.1 or 3.2, or Swagger 2.0.`);
  }
  throw new IngestError("unsupported-version", 'This does not look like an OpenAPI spec: there is no "openapi" or "swagger" field at the top.');
}
