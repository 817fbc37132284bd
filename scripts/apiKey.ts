// `npm run api-key -- <role> [unit or body id] [name]`: makes an API key from the command line,
// for an operator without a signed-in administrator yet (a fresh install, a script, curl).
// Administrators otherwise make keys through POST /api/admin/api-keys.
import { issueApiKey } from '../api/access/apiKeys';
import { isRole, roleScopes, roleScopeProblem } from '../domain/roles';
import { createDb } from '../prisma/client';

async function main(): Promise<void> {
  const [role = '', place, name] = process.argv.slice(2);
  if (!isRole(role))
    throw new Error(
      `usage: npm run api-key -- <role> [unit or body id] [name]; unknown role "${role}"`,
    );
  const db = createDb();
  try {
    const inUnit = 'unit' in roleScopes[role];
    const body = place && !inUnit ? await db.body.findUnique({ where: { id: place } }) : null;
    const scope = inUnit ? { unitId: place } : { bodyId: body?.id };
    const misplaced = roleScopeProblem(role, { unitId: scope.unitId, bodyKind: body?.kind });
    if (misplaced || (place && !inUnit && !body)) throw new Error(misplaced ?? `no body ${place}`);
    const { key } = await issueApiKey(db, {
      name: name ?? `command line: ${role}`,
      role,
      ...scope,
    });
    console.log(key);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
