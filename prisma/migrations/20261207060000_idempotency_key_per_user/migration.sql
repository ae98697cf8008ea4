-- An offline upload's Idempotency-Key belongs to the user who queued the file, on one case.
DROP INDEX "Evidence_caseId_idempotencyKey_key";

CREATE UNIQUE INDEX "Evidence_caseId_uploadedById_idempotencyKey_key" ON "Evidence"("caseId", "uploadedById", "idempotencyKey");
