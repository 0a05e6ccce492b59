import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

/** The "Add an OpenAPI description" form as it arrived: its text fields, its file, and which parts were over their limit. */
export type SpecFormData = {
  fields: Record<string, string>;
  /** The chosen file; none when the file input was left empty. */
  file?: { name: string; bytes: Uint8Array<ArrayBuffer> };
  /** Names of the parts (the file's is "file") larger than `maxBytes`: their content was read and dropped. */
  oversized: string[];
};

/** A request body that is not a form we can read (not multipart, cut short): answered 400, nothing else done. */
export class UnreadableFormError extends Error {}

/** The form has five fields (apiId, url, source, root, attempt) and one file; more parts are ignored. */
const FIELDS = 8;

/**
 * Reads the form as it streams in, holding at most `maxBytes` of the file and of each text field.
 * A larger part is read to its end and dropped, and the parts after it are still read, so the
 * publisher's other answers survive a file of any size: the framework's own limits (which cut a
 * body short, and then nothing after the cut can be read) never apply here.
 */
export function readSpecForm(body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array> | null, contentType: string | null, maxBytes: number): Promise<SpecFormData> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Busboy cuts a part off when it reaches its limit: one byte more tells "too large" from "exactly the limit".
      const limits = { fieldSize: maxBytes + 1, fileSize: maxBytes + 1, fields: FIELDS, files: 1, parts: FIELDS + 1 };
      parser = busboy({ headers: { "content-type": contentType ?? "" }, defParamCharset: "utf8", limits });
    } catch (e) {
      return reject(new UnreadableFormError((e as Error).message));
    }
    if (!body) return reject(new UnreadableFormError("The request has no body."));
    const form: SpecFormData = { fields: {}, oversized: [] };
    let file: { name: string; chunks: Buffer[] } | undefined;
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) form.oversized.push(name);
      else form.fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      const kept = name === "file" && info.filename ? { name: info.filename, chunks: [] as Buffer[] } : undefined;
      stream.on("data", (chunk: Buffer) => kept?.chunks.push(chunk));
      stream.on("limit", () => {
        form.oversized.push(name);
        if (kept) kept.chunks = [];
      });
      stream.on("end", () => {
        if (kept && !(stream as { truncated?: boolean }).truncated) file = kept;
      });
    });
    parser.on("error", (e) => reject(new UnreadableFormError((e as Error).message)));
    parser.on("close", () => {
      if (file && file.chunks.length) {
        const bytes = Buffer.concat(file.chunks);
        form.file = { name: file.name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer> };
      }
      resolve(form);
    });
    const input = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    input.on("error", (e) => parser.destroy(e));
    input.pipe(parser);
  });
}
