// `npm run import:catalogue`: loads the api.gov.uk data into DATABASE_URL and prints the report.
// Exit code 0 when the import completed (skipped rows included), 1 when it could not run.
import { getDb } from "@/lib/db";
import { FatalImportError, formatReport, importCatalogue } from "./index";

async function main(): Promise<void> {
  const db = getDb();
  try {
    const report = await importCatalogue(db);
    console.log(formatReport(report));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // A missing table means the database was never migrated: say what to run rather than show SQL.
  const hint = /no such table|does not exist/i.test(message) && !/cannot read/.test(message) ? "\nRun `npm run db:migrate` first." : "";
  // Input problems are found before any write; a database failure rolls back only the file in hand.
  const written =
    error instanceof FatalImportError
      ? "Nothing was written."
      : "The file being imported was rolled back; files imported before it stay, and running the import again is safe.";
  console.error(`The catalogue import failed. ${written}\n${message}${hint}`);
  process.exitCode = 1;
});
