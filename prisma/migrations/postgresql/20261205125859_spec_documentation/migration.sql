-- CreateTable
CREATE TABLE "SpecDocumentation" (
    "revisionId" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "format" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecDocumentation_pkey" PRIMARY KEY ("revisionId","part")
);

-- AddForeignKey
ALTER TABLE "SpecDocumentation" ADD CONSTRAINT "SpecDocumentation_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "SpecRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
