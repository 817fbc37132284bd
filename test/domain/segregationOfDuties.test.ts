// Nobody decides on or reviews a delegation they proposed or travel in.
import { conflictOfInterest } from '../../domain/segregationOfDuties';

const delegation = {
  submittedById: 'an',
  memberEmails: ['truong@camau.gov.vn', 'Member2@CaMau.gov.vn'],
};

test.each([
  ['the submitter', { personId: 'an', email: 'an@camau.gov.vn' }, 'submitter'],
  ['a member', { personId: 'truong', email: 'truong@camau.gov.vn' }, 'member'],
  [
    'a member, whatever the letter case and spaces',
    { personId: 'x', email: ' member2@camau.gov.vn' },
    'member',
  ],
  ['anyone else', { personId: 'cuong', email: 'cuong@camau.gov.vn' }, undefined],
])('%s', (_name, actor, conflict) => {
  expect(conflictOfInterest(delegation, actor)).toBe(conflict);
});

test('a proposal submitted by a machine client has no submitter to conflict with', () => {
  expect(
    conflictOfInterest(
      { submittedById: null, memberEmails: [] },
      { personId: 'an', email: 'an@x.vn' },
    ),
  ).toBeUndefined();
});
