import { decisionNamesVi, type DecisionKind } from '../../domain/decision';
import { conflictMessages } from '../../domain/segregationOfDuties';
import { stageNamesVi, type Stage } from '../../domain/stage';
import type { ActionLinkState } from '../actionLinkState';
import { escapeHtml as e, pageHtml } from './layout';

const vnTime = (d: Date) =>
  d.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** A plain-words page for each way a link can no longer be used. */
export function stalePageHtml(s: Exclude<ActionLinkState, { kind: 'open' }>): {
  status: number;
  html: string;
} {
  switch (s.kind) {
    case 'unknown':
      return {
        status: 404,
        html: pageHtml(
          'Đường dẫn không hợp lệ',
          '<h1>Đường dẫn không hợp lệ</h1><p>Đường dẫn này không tồn tại hoặc đã bị sao chép thiếu. Vui lòng mở lại đường dẫn trong thư điện tử.</p>',
        ),
      };
    case 'expired':
      return {
        status: 410,
        html: pageHtml(
          'Đường dẫn đã hết hạn',
          `<h1>Đường dẫn đã hết hạn</h1><p>Đường dẫn này hết hạn lúc ${e(vnTime(s.expiredAt))}. Hệ thống sẽ gửi đường dẫn mới khi cần anh/chị cho ý kiến.</p>`,
        ),
      };
    case 'decided': {
      const what = decisionNamesVi[s.decision as DecisionKind] ?? s.decision;
      return {
        status: 409,
        html: pageHtml(
          'Đã có ý kiến',
          `<h1>Đề xuất này đã được quyết định</h1><p>${e(s.by)} đã cho ý kiến «${e(what)}» lúc ${e(vnTime(s.at))}. Ý kiến của anh/chị không được ghi nhận thêm.</p>`,
        ),
      };
    }
    case 'superseded':
      return {
        status: 409,
        html: pageHtml(
          'Đề xuất đã được chỉnh sửa',
          `<h1>Đề xuất đã được chỉnh sửa</h1><p>Đơn vị đã nộp bản chỉnh sửa (phiên bản ${s.currentVersion}). Đường dẫn này dành cho bản cũ; anh/chị sẽ nhận đường dẫn mới cho bản chỉnh sửa.</p>`,
        ),
      };
    case 'cancelled':
      return {
        status: 409,
        html: pageHtml(
          'Đoàn đã bị hủy',
          '<h1>Đoàn đã bị hủy</h1><p>Đơn vị đã hủy đoàn này; không cần cho ý kiến nữa.</p>',
        ),
      };
    case 'not_entitled':
      return {
        status: 403,
        html: pageHtml(
          'Không có thẩm quyền',
          '<h1>Anh/chị không còn thẩm quyền cho ý kiến ở bước này</h1><p>Theo danh sách hiện tại, anh/chị không thuộc cơ quan xem xét đề xuất này. Vui lòng liên hệ quản trị hệ thống nếu đây là nhầm lẫn.</p>',
        ),
      };
    case 'conflict_of_interest':
      return {
        status: 403,
        html: pageHtml(
          'Không được cho ý kiến',
          `<h1>Anh/chị không được cho ý kiến về đề xuất này</h1><p>${e(conflictMessages[s.conflict].vi)} Đề xuất sẽ do thành viên khác của cơ quan xem xét.</p>`,
        ),
      };
    case 'not_for_you':
      return {
        status: 403,
        html: pageHtml(
          'Đường dẫn của người khác',
          `<h1>Đường dẫn này được gửi cho ${e(s.approverName)}</h1><p>Anh/chị đang đăng nhập với tài khoản khác. Chỉ người nhận thư mới dùng được đường dẫn này.</p>`,
        ),
      };
    case 'stage_moved':
      return {
        status: 409,
        html: pageHtml(
          'Không còn ở bước này',
          `<h1>Đề xuất đã chuyển sang bước khác</h1><p>Đề xuất hiện ở bước «${e(stageNamesVi[s.stage as Stage] ?? s.stage)}». Đường dẫn này không còn dùng được.</p>`,
        ),
      };
  }
}
