// npm run db:seed — loads the demo content into DATABASE_URL (or the embedded database).
import { parseEnv } from "../src/env";
import { createPrismaClient } from "../src/lib/prisma-client";
import { openDatabase } from "../scripts/lib/database";
import { runMain } from "../scripts/lib/run-main";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed-demo";

runMain(async () => {
  const env = parseEnv(process.env);
  const database = await openDatabase(env, { log: console.log });
  const prisma = createPrismaClient(database.url);
  try {
    await seedDemo(prisma, { log: console.log });
    console.log(
      `Demo accounts (development only): ${DEMO_ACCOUNTS.map((a) => a.username).join(", ")} ` +
        `— password "${DEMO_PASSWORD}".`,
    );
  } finally {
    await prisma.$disconnect();
    await database.release();
  }
});
