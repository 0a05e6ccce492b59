import { z } from "zod";
import { ApiError } from "./errors";

/** The body, read up to `limit` bytes and refused (413) past it, whatever Content-Length claims. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError(413, "body_too_large", `The body is larger than the ${limit.toLocaleString("en-GB")} bytes this operation takes. Nothing was saved.`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The media type without its parameters, lower-case. */
export const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/** Largest JSON body the write operations take: an API's details are well under this. */
export const JSON_MAX_BYTES = 64 * 1024;

/**
 * A JSON body checked against a strict schema: the wrong media type (415), malformed JSON (400),
 * a field the operation does not know (400 unknown_field) and a bad value (422, field by field)
 * are each refused before anything is written.
 */
export async function readJson<T extends z.ZodObject>(request: Request, schema: T): Promise<z.output<T>> {
  if (mediaType(request) !== "application/json") throw new ApiError(415, "unsupported_media_type", "Send the body as JSON, with Content-Type: application/json.");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await readBody(request, JSON_MAX_BYTES));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ApiError(400, "invalid_json", "The body must be a JSON object.");
  const unknown = Object.keys(value).filter((key) => !(key in schema.shape));
  if (unknown.length) throw new ApiError(400, "unknown_field", `These fields are not part of this operation: ${unknown.slice(0, 5).map((k) => k.slice(0, 40)).join(", ")}.`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "body")] ??= issue.message;
    throw new ApiError(422, "invalid_field", "Some fields are not right: see fields.", fields);
  }
  return parsed.data;
}
