// A plain-words page for each way an action link can no longer be used, in the page's language.
import { ratings } from '../../domain/review';
import { conflictMessages } from '../../domain/segregationOfDuties';
import type { ActionLinkState } from '../actionLinkState';
import {
  decisionName,
  ratingName,
  say,
  sayIn,
  stageName,
  type Lang,
} from '../audit/timelineLabels';
import { languageSwitchHtml } from '../web/languageSwitch';
import { escapeHtml as e, pageHtml } from './layout';

export type StaleLinkState = Exclude<ActionLinkState, { kind: 'open' }>;

const vnTime = (d: Date) =>
  d.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** What was decided: a decision, or the rating of a review. */
const decidedName = (decision: string, lang: Lang) =>
  (ratings as readonly string[]).includes(decision)
    ? ratingName(decision, lang)
    : decisionName(decision, lang);

interface StaleText {
  status: number;
  title: string;
  /** heading and body are HTML: the names and times in them are escaped. */
  heading: string;
  body: string;
}

function textOf(s: StaleLinkState, lang: Lang): StaleText {
  const t = sayIn(lang);
  switch (s.kind) {
    case 'unknown': {
      const title = t('Đường dẫn không hợp lệ', 'Invalid link');
      return {
        status: 404,
        title,
        heading: title,
        body: t(
          'Đường dẫn này không tồn tại hoặc đã bị sao chép thiếu. Vui lòng mở lại đường dẫn trong thư điện tử.',
          'This link does not exist or was copied incompletely. Please open the link in the email again.',
        ),
      };
    }
    case 'expired': {
      const title = t('Đường dẫn đã hết hạn', 'Link expired');
      const at = e(vnTime(s.expiredAt));
      return {
        status: 410,
        title,
        heading: title,
        body: t(
          `Đường dẫn này hết hạn lúc ${at}. Hệ thống sẽ gửi đường dẫn mới khi cần anh/chị cho ý kiến.`,
          `This link expired at ${at}. You will get a new link when your decision is needed.`,
        ),
      };
    }
    case 'decided': {
      const [by, what, at] = [e(s.by), e(decidedName(s.decision, lang)), e(vnTime(s.at))];
      return {
        status: 409,
        title: t('Đã có ý kiến', 'Already decided'),
        heading: t('Đề xuất này đã được quyết định', 'This proposal has already been decided'),
        body: t(
          `${by} đã cho ý kiến «${what}» lúc ${at}. Ý kiến của anh/chị không được ghi nhận thêm.`,
          `${by} decided «${what}» at ${at}. Your decision is not recorded.`,
        ),
      };
    }
    case 'superseded': {
      const title = t('Đề xuất đã được chỉnh sửa', 'Proposal amended');
      return {
        status: 409,
        title,
        heading: title,
        body: t(
          `Đơn vị đã nộp bản chỉnh sửa (phiên bản ${s.currentVersion}). Đường dẫn này dành cho bản cũ; anh/chị sẽ nhận đường dẫn mới cho bản chỉnh sửa.`,
          `The unit submitted an amended proposal (version ${s.currentVersion}). This link is for the earlier version; you will get a new link for the amended one.`,
        ),
      };
    }
    case 'cancelled': {
      const title = t('Đoàn đã bị hủy', 'Delegation cancelled');
      return {
        status: 409,
        title,
        heading: title,
        body: t(
          'Đơn vị đã hủy đoàn này; không cần cho ý kiến nữa.',
          'The unit cancelled this delegation; no decision is needed any more.',
        ),
      };
    }
    case 'not_entitled':
      return {
        status: 403,
        title: t('Không có thẩm quyền', 'Not entitled'),
        heading: t(
          'Anh/chị không còn thẩm quyền cho ý kiến ở bước này',
          'You are no longer entitled to decide at this step',
        ),
        body: t(
          'Theo danh sách hiện tại, anh/chị không thuộc cơ quan xem xét đề xuất này. Vui lòng liên hệ quản trị hệ thống nếu đây là nhầm lẫn.',
          'According to the current lists, you are not in the body that reviews this proposal. Please contact the system administrator if this is a mistake.',
        ),
      };
    case 'conflict_of_interest': {
      const why = e(say(lang, conflictMessages[s.conflict].vi, conflictMessages[s.conflict].en));
      return {
        status: 403,
        title: t('Không được cho ý kiến', 'May not decide'),
        heading: t(
          'Anh/chị không được cho ý kiến về đề xuất này',
          'You may not decide on this proposal',
        ),
        body: t(
          `${why} Đề xuất sẽ do thành viên khác của cơ quan xem xét.`,
          `${why} Another member of the body will review it.`,
        ),
      };
    }
    case 'not_for_you': {
      const name = e(s.approverName);
      return {
        status: 403,
        title: t('Đường dẫn của người khác', "Someone else's link"),
        heading: t(`Đường dẫn này được gửi cho ${name}`, `This link was sent to ${name}`),
        body: t(
          'Anh/chị đang đăng nhập với tài khoản khác. Chỉ người nhận thư mới dùng được đường dẫn này.',
          'You are signed in with another account. Only the person the email was sent to can use this link.',
        ),
      };
    }
    case 'stage_moved': {
      const stage = e(stageName(s.stage, lang));
      return {
        status: 409,
        title: t('Không còn ở bước này', 'No longer at this step'),
        heading: t('Đề xuất đã chuyển sang bước khác', 'The proposal has moved to another step'),
        body: t(
          `Đề xuất hiện ở bước «${stage}». Đường dẫn này không còn dùng được.`,
          `The proposal is now at the step «${stage}». This link can no longer be used.`,
        ),
      };
    }
  }
}

/** The page, with the switch to the other language coming `back` to the link. */
export function stalePageHtml(
  s: StaleLinkState,
  lang: Lang,
  back: string,
): { status: number; html: string } {
  const x = textOf(s, lang);
  return {
    status: x.status,
    html: pageHtml(
      x.title,
      `<p>${languageSwitchHtml(lang, back)}</p><h1>${x.heading}</h1><p>${x.body}</p>`,
      lang,
    ),
  };
}
