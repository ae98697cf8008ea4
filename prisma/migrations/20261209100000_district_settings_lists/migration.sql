-- 工作设置's two lists (整治结果类别, 政策依据) become each district's own (docs/domain.md §市级). The rows an
-- installation has are its first district's (海曙区, made by 20261208100400_city_districts); a district
-- added later starts its lists from the seed's reference data.
DROP INDEX "PolicyBasis_name_key";
DROP INDEX "RectificationOutcome_name_key";

ALTER TABLE "PolicyBasis" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "RectificationOutcome" ADD COLUMN "districtId" INTEGER;
UPDATE "PolicyBasis" SET "districtId" = (SELECT MIN("id") FROM "District");
UPDATE "RectificationOutcome" SET "districtId" = (SELECT MIN("id") FROM "District");
ALTER TABLE "PolicyBasis" ALTER COLUMN "districtId" SET NOT NULL;
ALTER TABLE "RectificationOutcome" ALTER COLUMN "districtId" SET NOT NULL;

CREATE UNIQUE INDEX "PolicyBasis_districtId_name_key" ON "PolicyBasis"("districtId", "name");
CREATE UNIQUE INDEX "RectificationOutcome_districtId_name_key" ON "RectificationOutcome"("districtId", "name");
ALTER TABLE "RectificationOutcome" ADD CONSTRAINT "RectificationOutcome_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PolicyBasis" ADD CONSTRAINT "PolicyBasis_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
