import { fieldLabel } from '../../domain/proposalFields';

describe('field labels', () => {
  it.each([
    [['purpose'], 'purpose', 'mục đích chuyến đi'],
    [['members', 2, 'email'], 'e-mail of member 3', 'địa chỉ e-mail của thành viên thứ 3'],
    [
      ['destinations', 0, 'topics', 1],
      'topic 2 of destination 1',
      'chủ đề thứ 2 của địa điểm thứ 1',
    ],
    [['funding', 'source'], 'funding source', 'nguồn kinh phí'],
    [['problems', 0], 'problem 1', 'vấn đề thứ 1'],
    [['somethingElse', 3], 'somethingElse.3', 'somethingElse.3'],
  ])('%p reads "%s" / "%s"', (path, en, vi) => {
    expect(fieldLabel(path)).toEqual({ en, vi });
  });
});
