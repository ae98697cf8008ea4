-- CreateTable
CREATE TABLE "CityAssessmentIndicator" (
    "id" SERIAL NOT NULL,
    "cityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "displayOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CityAssessmentIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityAssessmentAdjustment" (
    "id" TEXT NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityAssessmentAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityAssessmentPublication" (
    "id" TEXT NOT NULL,
    "cityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "scheme" JSONB NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CityAssessmentPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityAssessmentScore" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "districtId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "rank" INTEGER,
    "total" DOUBLE PRECISION,
    "breakdown" JSONB NOT NULL,

    CONSTRAINT "CityAssessmentScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CityAssessmentIndicator_cityId_year_rule_key" ON "CityAssessmentIndicator"("cityId", "year", "rule");

-- CreateIndex
CREATE INDEX "CityAssessmentAdjustment_districtId_idx" ON "CityAssessmentAdjustment"("districtId");

-- CreateIndex
CREATE UNIQUE INDEX "CityAssessmentAdjustment_indicatorId_districtId_key" ON "CityAssessmentAdjustment"("indicatorId", "districtId");

-- CreateIndex
CREATE UNIQUE INDEX "CityAssessmentPublication_cityId_year_key" ON "CityAssessmentPublication"("cityId", "year");

-- CreateIndex
CREATE INDEX "CityAssessmentScore_districtId_idx" ON "CityAssessmentScore"("districtId");

-- CreateIndex
CREATE UNIQUE INDEX "CityAssessmentScore_publicationId_districtId_key" ON "CityAssessmentScore"("publicationId", "districtId");

-- AddForeignKey
ALTER TABLE "CityAssessmentIndicator" ADD CONSTRAINT "CityAssessmentIndicator_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityAssessmentAdjustment" ADD CONSTRAINT "CityAssessmentAdjustment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "CityAssessmentIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityAssessmentAdjustment" ADD CONSTRAINT "CityAssessmentAdjustment_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityAssessmentPublication" ADD CONSTRAINT "CityAssessmentPublication_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityAssessmentScore" ADD CONSTRAINT "CityAssessmentScore_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "CityAssessmentPublication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityAssessmentScore" ADD CONSTRAINT "CityAssessmentScore_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


