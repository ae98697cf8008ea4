-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "isCurrent" BOOLEAN;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "closedIncompleteAt" TIMESTAMP(3),
ADD COLUMN     "closedIncompleteReason" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_isCurrent_key" ON "Campaign"("isCurrent");

-- CreateIndex
CREATE UNIQUE INDEX "Case_carriedFromId_key" ON "Case"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- The latest existing year becomes the current campaign (as the portal showed it so far).
UPDATE "Campaign" SET "isCurrent" = true WHERE "year" = (SELECT max("year") FROM "Campaign");
