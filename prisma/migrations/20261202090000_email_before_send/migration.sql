-- Notifications are written before they are sent and marked sent after (activities/mailer.ts):
-- a row without sent_at is a message that may or may not have reached the SMTP server, and
-- pending_message is what a retry sends again, the same Message-ID and link. It is cleared once
-- sent, so no raw link token stays in the database. Rows from before were all sent.

-- AlterTable
ALTER TABLE "email_log" ADD COLUMN "prepared_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "pending_message" JSONB,
ALTER COLUMN "sent_at" DROP NOT NULL;

-- The rows from before were prepared when they were sent.
UPDATE "email_log" SET "prepared_at" = "sent_at";
