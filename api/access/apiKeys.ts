// API keys for machine clients: `Authorization: Bearer sdk_…`. The key is shown once, when it is
// created; the database keeps its hash, its role and scope, and when it expires or was revoked.
import type { Role } from '../../domain/roles';
import type { Db } from '../../prisma/client';
import { hashToken, newToken } from './secretTokens';

/** Recognisable in a leaked file or a secret scanner's rules. */
export const apiKeyPrefix = 'sdk_';

export interface ApiKeyGrantInput {
  name: string;
  role: Role;
  unitId?: string | null;
  bodyId?: string | null;
  expiresAt?: Date | null;
  createdById?: string | null;
}

export async function issueApiKey(
  db: Db,
  input: ApiKeyGrantInput,
): Promise<{ id: string; key: string }> {
  const key = `${apiKeyPrefix}${newToken().token}`;
  const row = await db.apiKey.create({ data: { ...input, keyHash: hashToken(key) } });
  return { id: row.id, key };
}

/** The key's row, if it exists, is not revoked and has not expired. */
export async function liveApiKey(db: Db, key: string, now = new Date()) {
  const k = await db.apiKey.findUnique({
    where: { keyHash: hashToken(key) },
    include: { unit: true, body: true },
  });
  return k && !k.revokedAt && (!k.expiresAt || k.expiresAt > now) ? k : undefined;
}

export async function revokeApiKey(db: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}
