-- Proposal drafts: a unit's staff save the proposal form before submitting it, and come back to
-- it from another device. The content is the form's fields, not checked against the rules.

-- CreateTable
CREATE TABLE "proposal_draft" (
    "id" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposal_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "proposal_draft_unit_id_updated_at_idx" ON "proposal_draft"("unit_id", "updated_at");

-- AddForeignKey
ALTER TABLE "proposal_draft" ADD CONSTRAINT "proposal_draft_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_draft" ADD CONSTRAINT "proposal_draft_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
