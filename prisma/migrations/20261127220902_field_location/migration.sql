-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "locatedAt" TIMESTAMP(3),
ADD COLUMN     "longitude" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION;
