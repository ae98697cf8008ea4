-- CreateTable
CREATE TABLE "SteelInspectionFile" (
    "id" TEXT NOT NULL,
    "inspectionId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "capturedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SteelInspectionFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SteelInspectionFile_storageKey_key" ON "SteelInspectionFile"("storageKey");

-- CreateIndex
CREATE INDEX "SteelInspectionFile_inspectionId_idx" ON "SteelInspectionFile"("inspectionId");

-- AddForeignKey
ALTER TABLE "SteelInspectionFile" ADD CONSTRAINT "SteelInspectionFile_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "SteelInspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteelInspectionFile" ADD CONSTRAINT "SteelInspectionFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
