/** Why a decision moved to a higher authority; said to that authority in its own language. */
export type EscalationReason =
  | { code: 'team_over_cap'; size: number; cap: number }
  | { code: 'undecided'; body: 'committee' | 'standing_committee'; workingDays: number }
  | { code: 'trim_team'; maxTeamSize: number };

export function describeEscalation(r: EscalationReason, locale: string): string {
  const vi = locale !== 'en';
  switch (r.code) {
    case 'team_over_cap':
      return vi
        ? `Đoàn có ${r.size} thành viên, vượt mức tối đa ${r.cap} (R-TEAM-SIZE), cần Thường trực Tỉnh ủy quyết định.`
        : `The team of ${r.size} exceeds the cap of ${r.cap} (R-TEAM-SIZE); the standing committee decides.`;
    case 'undecided':
      return r.body === 'committee'
        ? vi
          ? `Cấp ủy trực tiếp chưa cho ý kiến sau ${r.workingDays} ngày làm việc; đề xuất được chuyển lên Thường trực Tỉnh ủy.`
          : `The direct party committee did not decide within ${r.workingDays} working days; escalated to the standing committee.`
        : vi
          ? `Thường trực Tỉnh ủy chưa cho ý kiến sau ${r.workingDays} ngày làm việc; đề nghị đồng chí Thường trực quyết định.`
          : `The standing committee did not decide within ${r.workingDays} working days; escalated to its chair.`;
    case 'trim_team':
      return vi
        ? `Thường trực Tỉnh ủy đồng ý với tối đa ${r.maxTeamSize} thành viên: đề nghị đơn vị rút gọn danh sách.`
        : `The standing committee approved at most ${r.maxTeamSize} members: trim the list.`;
  }
}
