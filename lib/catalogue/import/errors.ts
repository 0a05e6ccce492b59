/** An error that stops the whole import before anything is written (missing file, wrong header). */
export class FatalImportError extends Error {
  override name = "FatalImportError";
}
