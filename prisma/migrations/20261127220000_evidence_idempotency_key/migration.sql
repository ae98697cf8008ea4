-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_caseId_idempotencyKey_key" ON "Evidence"("caseId", "idempotencyKey");
