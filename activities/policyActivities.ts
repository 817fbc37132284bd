import type { Policy } from '../domain/policy';
import type { Db } from '../prisma/client';
import { policyById } from './policyStore';

export function policyActivities(db: Db) {
  return {
    /** The policy version the delegation was judged by at submission, recorded in history. */
    loadPolicy(i: { policyVersionId: string; provinceId: string }): Promise<Policy> {
      return policyById(db, i.policyVersionId, i.provinceId);
    },
  };
}
