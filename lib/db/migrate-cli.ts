import { databaseUrl, engineOf, type Engine } from "./config";
import { applyMigrations } from "./migrations/apply";
import { createMigration } from "./migrations/create";

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === "apply") {
    const url = databaseUrl();
    const { applied, alreadyApplied } = await applyMigrations(url);
    console.log(`Database (${engineOf(url)}): ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(", ")}` : ""}; ${alreadyApplied} already applied.`);
    return;
  }
  if (command === "create" && name) {
    // One timestamp for both engines, so their histories line up name for name.
    const at = new Date();
    for (const engine of ["sqlite", "postgresql"] as Engine[]) {
      const dir = await createMigration(engine, name, at);
      console.log(dir ? `Created ${dir}` : `${engine}: the schema matches the migrations; nothing to create.`);
    }
    return;
  }
  console.error("Usage: migrate-cli.ts apply | create <name>");
  process.exitCode = 2;
}

main().then(
  // The Wasm engine can keep the event loop alive after it is freed.
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
