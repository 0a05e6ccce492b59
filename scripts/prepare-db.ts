// `npm run db:prepare`: bring the database up to date, and load the real catalogue the first
// time (when it holds no APIs), and check any OpenAPI descriptions not yet checked. Used by `npm start` and by the browser tests' throwaway database.
// With no external OIDC_ISSUER (the demo) it also makes sure the demo users of the local identity
// provider (scripts/dev-idp.mjs on OIDC_DEV_PORT) have their accounts and powers, and loads the
// example estate of systems and connections (lib/estate/example); never in production.
import { databaseUrl, engineOf, getDb } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations/apply";
import { importCatalogue } from "@/lib/catalogue/import";
import { formatReport } from "@/lib/catalogue/import/report";
import { ensureDemoUsers } from "@/lib/auth/demo-users";
import { loadExampleEstateForDemo } from "@/lib/estate/example/load";
import { checkPendingRevisions } from "@/lib/openapi/checks";
import { DEFAULT_DEV_IDP_PORT, devIssuer } from "./dev-auth.cjs";

async function main(): Promise<void> {
  const url = databaseUrl();
  const { applied } = await applyMigrations(url);
  console.log(`Database (${engineOf(url)}) is up to date${applied.length ? `: applied ${applied.join(", ")}` : ""}.`);
  const db = getDb();
  if ((await db.api.count()) > 0) {
    console.log("The catalogue is already loaded (run `npm run import:catalogue` to refresh it).");
  } else {
    console.log("First run: importing the api.gov.uk catalogue.");
    console.log(formatReport(await importCatalogue(db)));
  }
  const specs = await checkPendingRevisions(db);
  if (specs.checked + specs.refused > 0) {
    console.log(`Checked ${specs.checked} OpenAPI description(s) against the GDS API standards${specs.refused ? `; ${specs.refused} refused` : ""}.`);
  }
  if (!process.env.OIDC_ISSUER) {
    const issuer = devIssuer(Number(process.env.OIDC_DEV_PORT || DEFAULT_DEV_IDP_PORT));
    const changes = await ensureDemoUsers(db, issuer);
    console.log(`Demo users for the local identity provider (${issuer}): ${changes.length ? changes.join("; ") : "in place"}.`);
  }
  const example = await loadExampleEstateForDemo(db);
  if (example) {
    const added = example.systems + example.connections + example.apisLinked + example.dataSets;
    console.log(
      added
        ? `Example estate loaded for the demo: ${example.systems} systems, ${example.connections} connections, ${example.apisLinked} APIs linked to their systems, ${example.dataSets} core data sets.`
        : "The example estate is in place.",
    );
    for (const reason of example.skipped) console.log(`  Example estate, not loaded: ${reason}`);
  }
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Could not prepare the database: ${error.message}`);
    process.exit(1);
  },
);
