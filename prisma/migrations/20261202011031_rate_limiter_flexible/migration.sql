-- Rate limits move to rate-limiter-flexible's RateLimiterPostgres, which inserts its rows
-- positionally as (key, points, expire): the table is made anew in that column order. The old
-- counters are short-lived windows and are dropped with it (at worst a limit restarts once).
DROP TABLE "RateLimit";

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
