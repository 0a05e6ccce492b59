// Sizes in words, apart from the rest of the pipeline so the browser's check of a chosen file can use them too.

/** A size as people read it: "20 MB", "12.4 MB", "900 bytes". */
export function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}

/**
 * The one message for anything over the size limit, wherever it is caught (the form in the
 * browser, the upload as it streams in, the checker): the size when known, and the limit.
 */
export function tooLargeMessage(limit: number, size?: number, what = "The file"): string {
  return `${what} is ${size === undefined ? "" : `${megabytes(size)}, `}larger than ${megabytes(limit)}, the largest OpenAPI description we accept.`;
}
