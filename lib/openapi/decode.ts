import { IngestError } from "./errors";
import { tooLargeMessage } from "./size";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The size limit: option, else env SPEC_MAX_BYTES, else 20 MB. */
export function maxBytes(override?: number): number {
  if (override !== undefined && override > 0) return override;
  const env = Number(process.env.SPEC_MAX_BYTES);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_BYTES;
}

// fatal: true makes invalid byte sequences throw instead of becoming U+FFFD,
// so a Latin-1 or UTF-16 file is refused rather than silently mangled.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Anything over the size limit is refused, by its length alone. */
export function refuseTooLarge(bytes: Uint8Array, options: { maxBytes?: number } = {}): void {
  const limit = maxBytes(options.maxBytes);
  if (bytes.byteLength > limit) throw new IngestError("too-large", tooLargeMessage(limit, bytes.byteLength));
}

/** Bytes → text. UTF-8 only, BOM stripped, empty and oversized input refused. */
export function decodeSpec(bytes: Uint8Array, options: { maxBytes?: number } = {}): string {
  // Checked before decoding so a huge upload costs nothing beyond its arrival.
  refuseTooLarge(bytes, options);
  if (bytes.byteLength === 0) throw new IngestError("empty", "The file is empty.");
  let text: string;
  try {
    // ignoreBOM: false means the decoder strips a leading UTF-8 BOM itself.
    text = decoder.decode(bytes);
  } catch {
    throw new IngestError(
      "not-utf8",
      "The file is not UTF-8 text. Save it as UTF-8 (without another encoding such as UTF-16 or Latin-1) and try again.",
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // belt and braces
  // Whitespace only (what trim() removes), found without copying a large text as trim() would.
  if (!/\S/.test(text)) throw new IngestError("empty", "The file is empty.");
  return text;
}
