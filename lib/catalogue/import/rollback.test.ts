import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { FatalImportError, importCatalogue } from "./index";
import { tableCounts } from "./testing";

// Failures injected part way through a file: after some rows of it are already written.
const failures = vi.hoisted(() => ({ organisationAuditsBeforeFailure: -1, failReindex: false }));

vi.mock("@/lib/audit/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    recordAudit: vi.fn(async (...args: Parameters<typeof real.recordAudit>) => {
      if (args[1].entityType === "Organisation" && failures.organisationAuditsBeforeFailure-- === 0) {
        throw new Error("disk full while writing an organisation");
      }
      return real.recordAudit(...args);
    }),
  };
});

vi.mock("@/lib/catalogue/search/indexer", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/catalogue/search/indexer")>();
  return {
    ...real,
    reindexApis: vi.fn(async (...args: Parameters<typeof real.reindexApis>) => {
      if (failures.failReindex) throw new Error("search index unavailable");
      return real.reindexApis(...args);
    }),
  };
});

const dataDir = path.join(__dirname, "fixtures/messy");

describe("a failure part way through a file", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  }, 60_000);
  afterAll(async () => test?.drop());
  beforeEach(() => {
    failures.organisationAuditsBeforeFailure = -1;
    failures.failReindex = false;
  });

  it("writes nothing when a file is missing or its header is wrong", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-fatal-"));
    try {
      fs.mkdirSync(path.join(dir, "uk-api-catalogue"));
      fs.copyFileSync(path.join(dataDir, "uk-api-catalogue/organisation.csv"), path.join(dir, "uk-api-catalogue/organisation.csv"));
      await expect(importCatalogue(test.db, { dataDir: dir })).rejects.toThrow(/catalogue\.csv: it does not exist/);
      fs.writeFileSync(path.join(dir, "uk-api-catalogue/catalogue.csv"), "name,url\nx,y\n");
      await expect(importCatalogue(test.db, { dataDir: dir })).rejects.toThrow(FatalImportError);
      await expect(importCatalogue(test.db, { dataDir: dir })).rejects.toThrow('catalogue.csv has no "dateAdded", ');
      expect(await tableCounts(test.db)).toMatchObject({ organisations: 0, apis: 0, auditEvents: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves none of organisation.csv written (and does not go on to the catalogue)", async () => {
    failures.organisationAuditsBeforeFailure = 2; // the third organisation fails, after two were written
    await expect(importCatalogue(test.db, { dataDir })).rejects.toThrow("disk full");
    expect(await tableCounts(test.db)).toMatchObject({ organisations: 0, apis: 0, auditEvents: 0, specRevisions: 0 });
  });

  it("leaves none of catalogue.csv written when the last step fails", async () => {
    failures.failReindex = true; // every API row is written before the search index is updated
    await expect(importCatalogue(test.db, { dataDir })).rejects.toThrow("search index unavailable");
    const counts = await tableCounts(test.db);
    expect(counts).toMatchObject({ apis: 0, specRevisions: 0, searchRows: 0 });
    // organisation.csv is its own transaction and had completed.
    expect(counts.organisations).toBe(3);
    expect(await test.db.auditEvent.count({ where: { entityType: "Api" } })).toBe(0);
  });

  it("completes on the next run once the fault is gone", async () => {
    const report = await importCatalogue(test.db, { dataDir });
    expect(report.organisations).toMatchObject({ imported: 0, unchanged: 3 });
    expect(report.apis).toMatchObject({ imported: 9, skipped: 5 });
    expect(await tableCounts(test.db)).toMatchObject({ apis: 9, searchRows: 9, specRevisions: 1 });
  });
});
