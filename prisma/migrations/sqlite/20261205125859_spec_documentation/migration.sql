-- CreateTable
CREATE TABLE "SpecDocumentation" (
    "revisionId" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "format" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("revisionId", "part"),
    CONSTRAINT "SpecDocumentation_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "SpecRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
