import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Visible in the Temporal UI and usable in visibility queries; registered on every server. */
export const delegationStageKey = defineSearchAttributeKey(
  'DelegationStage',
  SearchAttributeType.KEYWORD,
);
export const unitIdKey = defineSearchAttributeKey('UnitId', SearchAttributeType.KEYWORD);
export const delegationYearKey = defineSearchAttributeKey(
  'DelegationYear',
  SearchAttributeType.INT,
);

export const delegationSearchAttributes = [delegationStageKey, unitIdKey, delegationYearKey];
