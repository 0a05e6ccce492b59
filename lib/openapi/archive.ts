import yauzl from "yauzl";
import { maxBytes } from "./decode";
import { megabytes } from "./size";
import { IngestError } from "./errors";

/** The most files a .zip may hold (folders and macOS's metadata included): env SPEC_ARCHIVE_MAX_FILES. */
export const DEFAULT_ARCHIVE_MAX_FILES = 1000;

export type ArchiveLimits = {
  /** Default env SPEC_ARCHIVE_MAX_FILES, else 1,000. */
  maxFiles?: number;
  /** The most its files may add up to, unpacked. Default env SPEC_ARCHIVE_MAX_BYTES, else SPEC_MAX_BYTES (20 MB). */
  maxUnpackedBytes?: number;
};

function limit(override: number | undefined, name: string, fallback: number): number {
  if (override !== undefined && override > 0) return override;
  const env = Number(process.env[name]);
  return Number.isInteger(env) && env > 0 ? env : fallback;
}

export function archiveLimits(limits: ArchiveLimits = {}): Required<ArchiveLimits> {
  return {
    maxFiles: limit(limits.maxFiles, "SPEC_ARCHIVE_MAX_FILES", DEFAULT_ARCHIVE_MAX_FILES),
    maxUnpackedBytes: limit(limits.maxUnpackedBytes, "SPEC_ARCHIVE_MAX_BYTES", maxBytes()),
  };
}

/** A .zip by its first bytes ("PK", then a local file header or, for an empty archive, the end record), whatever its name. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

const ARCHIVE_NAME = /\.(zip|jar|war|ear|tar|tgz|gz|bz2|xz|7z|rar|zst)$/i;

/** Archives and compressed files by their first bytes: zip, gzip, bzip2, xz, 7-Zip, RAR, zstd, and tar's "ustar" at 257. */
function looksLikeArchive(bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ustar = [0x75, 0x73, 0x74, 0x61, 0x72].every((b, i) => bytes[257 + i] === b);
  return (
    isZip(bytes) ||
    starts(0x1f, 0x8b) ||
    starts(0x42, 0x5a, 0x68) ||
    starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00) ||
    starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) ||
    starts(0x52, 0x61, 0x72, 0x21) ||
    starts(0x28, 0xb5, 0x2f, 0xfd) ||
    ustar
  );
}

// The file-type bits of a Unix mode, which zip tools keep in the top half of the external attributes.
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;

const unsafe = (name: string, why: string) => new IngestError("unsafe-archive", `The archive's entry “${name}” ${why}, so we did not use the archive.`);

/** The entry's path inside the archive, or a refusal saying why it may not be used. */
function entryPath(name: string): string {
  if (name === "" || name.includes("\0")) throw unsafe(name, "has no usable name");
  if (name.includes("\\")) throw unsafe(name, "has a backslash in its name (paths inside an archive use “/”)");
  if (name.startsWith("/") || /^[a-z]:/i.test(name)) throw unsafe(name, "is an absolute path, pointing outside the archive");
  const segments = name.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) throw unsafe(name, "uses “..” to point outside the archive");
  return segments.join("/") + (name.endsWith("/") ? "/" : "");
}

// What macOS's Finder adds to every .zip it makes: never part of a spec, never read.
const isMacMetadata = (path: string) => path.startsWith("__MACOSX/") || path.split("/").pop() === ".DS_Store";

/**
 * The files of a .zip, by their paths inside it, read in memory. Refused, each with a message
 * naming the entry: names that could escape the archive (“..”, absolute paths, backslashes,
 * drive letters), symbolic links and other special files, encrypted entries, archives inside
 * the archive (by name or by their first bytes), two entries with the same path, more than
 * `maxFiles` entries, and more than `maxUnpackedBytes` unpacked in all — counted as each entry
 * inflates, so an archive whose entries lie about their sizes is stopped at the limit too.
 */
export async function readArchive(bytes: Uint8Array, limits: ArchiveLimits = {}): Promise<Map<string, Uint8Array>> {
  const { maxFiles, maxUnpackedBytes } = archiveLimits(limits);
  const tooBig = () => new IngestError("archive-too-large", `The archive unpacks to more than ${megabytes(maxUnpackedBytes)}, the most we accept, so we did not use it.`);
  let zip: yauzl.ZipFile;
  try {
    // Names are decoded here (decodeStrings: false) so every refusal can be worded as ours.
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    throw new IngestError("invalid-archive", `The file is not a .zip archive we can read (${(e as Error).message}).`);
  }
  if (zip.entryCount > maxFiles) {
    zip.close();
    throw new IngestError("archive-too-large", `The archive has ${zip.entryCount} entries; the most we accept is ${maxFiles}.`);
  }
  const files = new Map<string, Uint8Array>();
  let declared = 0;
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const path = entryPath(name);
      const type = (entry.externalFileAttributes >>> 16) & TYPE_MASK;
      if (type === SYMLINK) throw unsafe(name, "is a symbolic link");
      if (type !== 0 && type !== REGULAR && type !== DIRECTORY) throw unsafe(name, "is not an ordinary file or folder");
      if (path.endsWith("/") || isMacMetadata(path)) continue;
      if (entry.isEncrypted()) throw unsafe(name, "is encrypted");
      if (ARCHIVE_NAME.test(path)) throw unsafe(name, "is an archive inside the archive");
      if (files.has(path)) throw unsafe(name, "appears twice");
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw unsafe(name, `is compressed in a way we cannot read (method ${entry.compressionMethod})`);
      declared += entry.uncompressedSize;
      if (declared > maxUnpackedBytes) throw tooBig();
      const content = await readEntry(zip, entry, maxUnpackedBytes - unpacked, tooBig);
      unpacked += content.byteLength;
      if (looksLikeArchive(content)) throw unsafe(name, "is an archive inside the archive");
      files.set(path, content);
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError("invalid-archive", `The .zip archive could not be read (${(e as Error).message}).`);
  } finally {
    zip.close();
  }
  return files;
}

/** One entry's bytes, inflating no more than `room` of them. */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, room: number, tooBig: () => IngestError): Promise<Uint8Array> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > room) throw tooBig();
      chunks.push(chunk);
    }
  } catch (e) {
    // yauzl's own check: the entry inflated to more than its header says.
    if (/too many bytes/.test((e as Error).message)) throw tooBig();
    throw e;
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}
