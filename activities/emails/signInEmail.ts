import { htmlEmail, type RenderedEmail } from './layout';

/** The one-time sign-in link, in the person's language. */
export function signInEmail(i: {
  name: string;
  url: string;
  validMinutes: number;
  locale: string;
}): RenderedEmail {
  const vi = i.locale !== 'en';
  const subject = vi ? 'Đường dẫn đăng nhập hệ thống đoàn học tập' : 'Your sign-in link';
  const lines = vi
    ? [
        `Kính gửi ${i.name},`,
        `Đường dẫn dưới đây giúp anh/chị đăng nhập; chỉ dùng được một lần, trong ${i.validMinutes} phút.`,
        'Nếu anh/chị không yêu cầu đăng nhập, xin bỏ qua thư này.',
      ]
    : [
        `Dear ${i.name},`,
        `The link below signs you in; it works once, within ${i.validMinutes} minutes.`,
        'If you did not ask to sign in, ignore this email.',
      ];
  const label = vi ? 'Đăng nhập' : 'Sign in';
  return {
    subject,
    text: `${lines.join('\n')}\n\n${label}: ${i.url}\n`,
    html: htmlEmail(subject, lines, { label, url: i.url }),
  };
}
