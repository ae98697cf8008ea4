-- AlterEnum
ALTER TYPE "MeasureKind" ADD VALUE 'UNLICENSED_PRODUCTION';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "outsideTarget" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "wholeExit" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReInspection" ADD COLUMN     "accompaniedBy" TEXT;


-- Cases already registered where the unit's annex cell is "/" are 目标外.
UPDATE "Case" c SET "outsideTarget" = true
FROM "Quota" q
WHERE q."campaignId" = c."campaignId" AND q."unitId" = c."unitId" AND q."category" = c."category" AND q."target" IS NULL;
