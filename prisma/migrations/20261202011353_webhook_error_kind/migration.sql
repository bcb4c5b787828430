-- The delivery log kept up to 300 characters of a failed receiver's answer in "lastError": an
-- admin could read what an internal service answered. It now keeps a fixed phrase instead
-- ("lastErrorKind"); existing rows are reduced to their kind here, so no stored answer remains.

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "lastErrorKind" TEXT;

UPDATE "WebhookDelivery"
SET "lastErrorKind" = CASE
    WHEN "lastError" ~ '^HTTP [0-9]{3}' THEN substring("lastError" FROM '^HTTP [0-9]{3}')
    WHEN "lastError" LIKE 'No answer within%' THEN 'timeout'
    WHEN "lastError" IN ('ENOTFOUND', 'EAI_AGAIN') THEN 'host not found'
    ELSE 'connection failed'
END
WHERE "lastError" IS NOT NULL;

-- AlterTable
ALTER TABLE "WebhookDelivery" DROP COLUMN "lastError";
