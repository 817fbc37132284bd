-- R-REPORT: attachments are uploaded for a delegation before its report exists; filing the
-- report links them. Rows from before this migration already belong to a report, whose
-- delegation they take.

-- AlterTable
ALTER TABLE "attachment" ADD COLUMN "delegation_id" TEXT;
UPDATE "attachment" SET "delegation_id" = "report"."delegation_id" FROM "report" WHERE "report"."id" = "attachment"."report_id";
ALTER TABLE "attachment" ALTER COLUMN "delegation_id" SET NOT NULL;
ALTER TABLE "attachment" ALTER COLUMN "report_id" DROP NOT NULL;

-- DropForeignKey
ALTER TABLE "attachment" DROP CONSTRAINT "attachment_report_id_fkey";

-- CreateIndex
CREATE INDEX "attachment_delegation_id_idx" ON "attachment"("delegation_id");

-- CreateIndex
CREATE INDEX "attachment_report_id_idx" ON "attachment"("report_id");

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
