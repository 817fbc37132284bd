// `npm run seed`: loads the demo province (idempotent).
import { createDb } from '../prisma/client';
import { seedDemo } from '../prisma/seedDemo';

const db = createDb();
seedDemo(db)
  .then(() => console.log('demo province seeded'))
  .finally(() => void db.$disconnect());
