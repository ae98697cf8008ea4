-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('PENDING', 'CONFIRMED', 'RETURNED');

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "productionLicence" TEXT;

-- AlterTable
ALTER TABLE "TaskProgress" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "returnReason" TEXT,
ADD COLUMN     "status" "ContributionStatus",
ADD COLUMN     "unitId" INTEGER;

-- CreateTable
CREATE TABLE "TaskLineShare" (
    "taskLineId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "target" DECIMAL(12,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskLineShare_pkey" PRIMARY KEY ("taskLineId","unitId")
);

-- CreateTable
CREATE TABLE "LicenceCancellation" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "licenceNumber" TEXT NOT NULL,
    "cancelledOn" DATE NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "storageKey" TEXT,
    "originalName" TEXT,
    "mime" TEXT,
    "size" INTEGER,
    "sha256" CHAR(64),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceCancellation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LicenceCancellation_storageKey_key" ON "LicenceCancellation"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "LicenceCancellation_enterpriseId_licenceNumber_key" ON "LicenceCancellation"("enterpriseId", "licenceNumber");

-- CreateIndex
CREATE INDEX "TaskProgress_unitId_status_idx" ON "TaskProgress"("unitId", "status");

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskLineShare" ADD CONSTRAINT "TaskLineShare_taskLineId_fkey" FOREIGN KEY ("taskLineId") REFERENCES "TaskLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskLineShare" ADD CONSTRAINT "TaskLineShare_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceCancellation" ADD CONSTRAINT "LicenceCancellation_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceCancellation" ADD CONSTRAINT "LicenceCancellation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ——— Data (#11): the two lines the work plan names and the portal lacked, and the titles that dropped words.
-- Only the 2020 campaign's lines; nothing else is changed, and a line already present is left as it is.
INSERT INTO "TaskLine" ("campaignId", "code", "dimension", "title", "measure", "target", "atLeast", "displayOrder")
SELECT c."id", v.code, v.dimension::"Dimension", v.title, 'CASE'::"MeasureUnit", NULL, false, v.ord
FROM "Campaign" c
CROSS JOIN (VALUES
  ('T6b', 'QUALITY', '严格生产许可准入，严厉打击无证违法生产（注销被依法关停企业的生产许可证）', 7),
  ('T11a', 'PREMISES', '非法占用集体土地企业（作坊）的依法整治', 12)
) AS v(code, dimension, title, ord)
WHERE c."year" = 2020
ON CONFLICT ("campaignId", "code") DO NOTHING;

INSERT INTO "TaskLineLead" ("taskLineId", "departmentId")
SELECT l."id", d."id"
FROM "TaskLine" l
JOIN "Campaign" c ON c."id" = l."campaignId" AND c."year" = 2020
JOIN "Department" d ON d."code" = CASE l."code" WHEN 'T6b' THEN 'SCJG' ELSE 'ZRZY' END
WHERE l."code" IN ('T6b', 'T11a')
ON CONFLICT DO NOTHING;

-- The seed's order with the two lines in place (T6b after T6, T11a before T11).
UPDATE "TaskLine" l SET "displayOrder" = o.ord
FROM "Campaign" c, (VALUES
  ('T1', 1), ('T2', 2), ('T3', 3), ('T4', 4), ('T5', 5), ('T6', 6), ('T6b', 7), ('T7', 8), ('T8', 9),
  ('T9', 10), ('T10', 11), ('T11a', 12), ('T11', 13), ('T12', 14), ('T13', 15), ('T14', 16)
) AS o(code, ord)
WHERE c."id" = l."campaignId" AND c."year" = 2020 AND l."code" = o.code;

-- Titles compared with the work plan, word for word; changed only where still the seed's old wording.
UPDATE "TaskLine" l SET "title" = t.title
FROM "Campaign" c, (VALUES
  ('T1', '重点行业节能专项监察（重点核查能耗限额标准执行情况）', '重点行业节能专项监察，重点核查能耗限额（定额）标准执行情况'),
  ('T6', '产品质量不达标产能依法整治（责令改正、公告、复查、责令停业与限期整顿、吊销营业执照；注销生产许可证）', '产品质量不达标产能依法整治（责令改正、公告、复查、责令停业与限期整顿、吊销营业执照）'),
  ('T13', '未取得施工许可证的违法项目涉及企业整治及违法建设清剿', '未取得施工许可证的违法项目涉及企业（作坊）整治及违法建设清剿'),
  ('T14', '违法建筑经营企业（作坊）整治', '城镇规划区内违法建筑经营企业（作坊）整治')
) AS t(code, old, title)
WHERE c."id" = l."campaignId" AND c."year" = 2020 AND l."code" = t.code AND l."title" = t.old;
