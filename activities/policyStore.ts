import { defaultPolicyValues, policyValuesSchema, type Policy } from '../domain/policy';
import type { Db } from '../prisma/client';

/** The built-in regulation numbers, used when a province has stored no policy of its own. */
export const defaultPolicyVersionId = 'default';

export function defaultPolicy(provinceId: string): Policy {
  return {
    ...defaultPolicyValues,
    versionId: defaultPolicyVersionId,
    provinceId,
    effectiveFrom: '1970-01-01T00:00:00.000Z',
  };
}

/** The policy version in force for a province at an instant (the latest effective before it). */
export async function policyInForce(db: Db, provinceId: string, at: Date): Promise<Policy> {
  const row = await db.policyVersion.findFirst({
    where: { provinceId, effectiveFrom: { lte: at } },
    orderBy: { effectiveFrom: 'desc' },
  });
  if (!row) return defaultPolicy(provinceId);
  return {
    ...policyValuesSchema.parse(row.values),
    versionId: row.id,
    provinceId,
    effectiveFrom: row.effectiveFrom.toISOString(),
  };
}

export async function policyById(db: Db, versionId: string, provinceId: string): Promise<Policy> {
  if (versionId === defaultPolicyVersionId) return defaultPolicy(provinceId);
  const row = await db.policyVersion.findUniqueOrThrow({ where: { id: versionId } });
  return {
    ...policyValuesSchema.parse(row.values),
    versionId: row.id,
    provinceId: row.provinceId,
    effectiveFrom: row.effectiveFrom.toISOString(),
  };
}
