-- AlterTable
ALTER TABLE "City" ADD COLUMN     "docPrefix" TEXT NOT NULL DEFAULT '甬工强办';

-- CreateTable
CREATE TABLE "CityCircular" (
    "id" TEXT NOT NULL,
    "cityId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "dataDate" DATE NOT NULL,
    "figures" JSONB NOT NULL,
    "referenceNo" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "documentStorageKey" TEXT,
    "documentSha256" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CityCircular_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityCircularDistrict" (
    "circularId" TEXT NOT NULL,
    "districtId" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "documentStorageKey" TEXT,
    "documentSha256" TEXT,

    CONSTRAINT "CityCircularDistrict_pkey" PRIMARY KEY ("circularId","districtId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CityCircular_referenceNo_key" ON "CityCircular"("referenceNo");

-- CreateIndex
CREATE INDEX "CityCircular_cityId_date_idx" ON "CityCircular"("cityId", "date");

-- CreateIndex
CREATE INDEX "CityCircularDistrict_districtId_idx" ON "CityCircularDistrict"("districtId");

-- AddForeignKey
ALTER TABLE "CityCircular" ADD CONSTRAINT "CityCircular_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCircular" ADD CONSTRAINT "CityCircular_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCircularDistrict" ADD CONSTRAINT "CityCircularDistrict_circularId_fkey" FOREIGN KEY ("circularId") REFERENCES "CityCircular"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCircularDistrict" ADD CONSTRAINT "CityCircularDistrict_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCircularDistrict" ADD CONSTRAINT "CityCircularDistrict_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


