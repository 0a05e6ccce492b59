-- CreateIndex
CREATE INDEX "Api_name_id_idx" ON "Api"("name", "id");
