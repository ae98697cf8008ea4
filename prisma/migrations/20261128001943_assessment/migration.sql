-- CreateEnum
CREATE TYPE "AssessmentTarget" AS ENUM ('UNIT', 'DEPARTMENT');

-- CreateTable
CREATE TABLE "AssessmentIndicator" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "target" "AssessmentTarget" NOT NULL,
    "rule" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "displayOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAdjustment" (
    "id" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPublication" (
    "id" TEXT NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "target" "AssessmentTarget" NOT NULL,
    "asOf" DATE NOT NULL,
    "scheme" JSONB NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentScore" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "breakdown" JSONB NOT NULL,

    CONSTRAINT "AssessmentScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentIndicator_campaignId_target_rule_key" ON "AssessmentIndicator"("campaignId", "target", "rule");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAdjustment_indicatorId_subjectId_key" ON "AssessmentAdjustment"("indicatorId", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentPublication_campaignId_target_key" ON "AssessmentPublication"("campaignId", "target");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScore_publicationId_subjectId_key" ON "AssessmentScore"("publicationId", "subjectId");

-- AddForeignKey
ALTER TABLE "AssessmentIndicator" ADD CONSTRAINT "AssessmentIndicator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAdjustment" ADD CONSTRAINT "AssessmentAdjustment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "AssessmentIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPublication" ADD CONSTRAINT "AssessmentPublication_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "AssessmentPublication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
