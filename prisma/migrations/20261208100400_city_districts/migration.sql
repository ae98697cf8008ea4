-- City platform (docs/domain.md §市级): 市 → 区县（市） → 镇街. An existing single-district installation
-- migrates in place: its data become the district 海曙区 of the default city 宁波市, nothing changes for its
-- users, and no city role exists until one is created.

-- AlterEnum: the city roles (not used in this migration's own statements).
ALTER TYPE "Role" ADD VALUE 'CITY_OFFICE';
ALTER TYPE "Role" ADD VALUE 'CITY_LEADER';

-- CreateTable
CREATE TABLE "City" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officeName" TEXT NOT NULL,
    "officeShortName" TEXT NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" SERIAL NOT NULL,
    "cityId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officeName" TEXT NOT NULL,
    "officeShortName" TEXT NOT NULL,
    "docPrefix" TEXT NOT NULL,
    "displayOrder" INTEGER NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictTarget" (
    "id" SERIAL NOT NULL,
    "districtId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "category" "Category" NOT NULL,
    "target" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DistrictTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_code_key" ON "City"("code");
CREATE UNIQUE INDEX "City_name_key" ON "City"("name");
CREATE UNIQUE INDEX "District_code_key" ON "District"("code");
CREATE UNIQUE INDEX "District_docPrefix_key" ON "District"("docPrefix");
CREATE UNIQUE INDEX "District_cityId_name_key" ON "District"("cityId", "name");
CREATE INDEX "DistrictTarget_year_idx" ON "DistrictTarget"("year");
CREATE UNIQUE INDEX "DistrictTarget_districtId_year_category_key" ON "DistrictTarget"("districtId", "year", "category");

-- The default city and its district: the installation as it was.
INSERT INTO "City" ("code", "name", "officeName", "officeShortName")
VALUES ('330200', '宁波市', '宁波市工业强市建设领导小组办公室', '市工强办');
INSERT INTO "District" ("cityId", "code", "name", "officeName", "officeShortName", "docPrefix", "displayOrder")
SELECT c."id", '330203', '海曙区', '海曙区工业强区建设领导小组办公室', '区工强办', '海工强办', 1
FROM "City" c WHERE c."code" = '330200';

-- AlterTable: the district columns, filled with the default district, then required where they must be.
ALTER TABLE "AuditLog" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "Campaign" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "Department" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "Tip" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "Unit" ADD COLUMN "districtId" INTEGER;
ALTER TABLE "User" ADD COLUMN "districtId" INTEGER;

UPDATE "AuditLog" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');
UPDATE "Campaign" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');
UPDATE "Department" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');
UPDATE "Tip" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');
UPDATE "Unit" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');
UPDATE "User" SET "districtId" = (SELECT "id" FROM "District" WHERE "code" = '330203');

ALTER TABLE "Campaign" ALTER COLUMN "districtId" SET NOT NULL;
ALTER TABLE "Department" ALTER COLUMN "districtId" SET NOT NULL;
ALTER TABLE "Tip" ALTER COLUMN "districtId" SET NOT NULL;
ALTER TABLE "Unit" ALTER COLUMN "districtId" SET NOT NULL;

-- A district user has a district, a city user none (the role's text: the new values are not usable in this transaction).
ALTER TABLE "User" ADD CONSTRAINT "User_district_by_role"
  CHECK (("districtId" IS NULL) = ("role"::text IN ('CITY_OFFICE', 'CITY_LEADER')));

-- DropIndex: years, the current marker, names and department codes are unique per district now.
DROP INDEX "Campaign_isCurrent_key";
DROP INDEX "Campaign_year_key";
DROP INDEX "Department_code_key";
DROP INDEX "Department_name_key";
DROP INDEX "Unit_name_key";

-- CreateIndex (leading with the district: a district's queries never scan another's rows)
CREATE INDEX "AuditLog_districtId_createdAt_idx" ON "AuditLog"("districtId", "createdAt");
CREATE UNIQUE INDEX "Campaign_districtId_year_key" ON "Campaign"("districtId", "year");
CREATE UNIQUE INDEX "Campaign_districtId_isCurrent_key" ON "Campaign"("districtId", "isCurrent");
CREATE UNIQUE INDEX "Department_districtId_code_key" ON "Department"("districtId", "code");
CREATE UNIQUE INDEX "Department_districtId_name_key" ON "Department"("districtId", "name");
CREATE INDEX "Tip_districtId_status_idx" ON "Tip"("districtId", "status");
CREATE INDEX "Unit_districtId_displayOrder_idx" ON "Unit"("districtId", "displayOrder");
CREATE UNIQUE INDEX "Unit_districtId_name_key" ON "Unit"("districtId", "name");
CREATE INDEX "User_districtId_idx" ON "User"("districtId");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Department" ADD CONSTRAINT "Department_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "District" ADD CONSTRAINT "District_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DistrictTarget" ADD CONSTRAINT "DistrictTarget_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DistrictTarget" ADD CONSTRAINT "DistrictTarget_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
