import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FatalImportError } from "./errors";
import { isSpecFile } from "./specs";

/**
 * The repository root, found from this file rather than the working directory so that the
 * import reads the same data whether it is started by npm, by a test or from another folder.
 */
export function repoRoot(): string {
  const fromHere = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  // If a bundler has moved this file, fall back to the working directory (npm runs scripts from the root).
  return fs.existsSync(path.join(fromHere, "package.json")) ? fromHere : process.cwd();
}

/** The data folder: the option, else CATALOGUE_DATA_DIR, else ../shared/data; relative paths are from the repo root. */
export function resolveDataDir(dataDir?: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(repoRoot(), dataDir ?? (env.CATALOGUE_DATA_DIR?.trim() || "../shared/data"));
}

export type SpecText = { file: string; text: string };
export type Inputs = { organisations: string; catalogue: string; specs: SpecText[]; specsDir: string | null };

/**
 * Reads every input before anything is written, so a missing or unreadable file stops the
 * import with nothing changed. The spec folder is optional: without it only the CSVs load.
 */
export function readInputs(dataDir: string): Inputs {
  const csvDir = path.join(dataDir, "uk-api-catalogue");
  const specsDir = path.join(dataDir, "specs");
  const hasSpecs = fs.existsSync(specsDir) && fs.statSync(specsDir).isDirectory();
  return {
    organisations: readText(path.join(csvDir, "organisation.csv")),
    catalogue: readText(path.join(csvDir, "catalogue.csv")),
    specs: hasSpecs
      ? fs.readdirSync(specsDir).filter(isSpecFile).sort().map((file) => ({ file, text: readText(path.join(specsDir, file)) }))
      : [],
    specsDir: hasSpecs ? specsDir : null,
  };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "it does not exist" : (error as Error).message;
    throw new FatalImportError(`cannot read ${file}: ${why}. Set CATALOGUE_DATA_DIR to the folder that holds uk-api-catalogue/.`);
  }
}
