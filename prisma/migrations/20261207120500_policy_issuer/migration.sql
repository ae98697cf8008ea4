-- CreateEnum
CREATE TYPE "PolicyIssuer" AS ENUM ('NDRC_CATALOGUE', 'MIIT');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "policyDepartmentCorrectedAt" TIMESTAMP(3),
ADD COLUMN     "policyDepartmentId" INTEGER,
ADD COLUMN     "policyDepartmentNote" TEXT;

-- AlterTable
ALTER TABLE "PolicyBasis" ADD COLUMN     "issuer" "PolicyIssuer";

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_policyDepartmentId_fkey" FOREIGN KEY ("policyDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- The seeded starting list is the 发改委 catalogue's 淘汰类 items (prisma/seed-policy-bases.ts); the office sets
-- the issuer of any other basis. Existing 淘汰 cases on such a basis go to 区发改局 (docs/domain.md §任务线 T9).
UPDATE "PolicyBasis" SET "issuer" = 'NDRC_CATALOGUE' WHERE "name" LIKE '淘汰类%';
UPDATE "Case" c SET "policyDepartmentId" = d."id"
FROM "PolicyBasis" b, "Department" d
WHERE c."policyBasisId" = b."id" AND d."code" = (CASE b."issuer" WHEN 'NDRC_CATALOGUE' THEN 'FGJ' WHEN 'MIIT' THEN 'JXJ' END);
