-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN     "place" TEXT,
ADD COLUMN     "recipients" TEXT,
ADD COLUMN     "referenceNo" TEXT,
ADD COLUMN     "startTime" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_referenceNo_key" ON "SupervisionNotice"("referenceNo");
