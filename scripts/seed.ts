// `npm run seed`: loads the demo province (idempotent).
import { createDb } from '../prisma/client';
import { seedDemo } from '../prisma/seedDemo';

async function main(): Promise<void> {
  const db = createDb();
  try {
    await seedDemo(db);
    console.log('demo province seeded');
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error('seeding failed', err);
  process.exit(1);
});
