// What MailDev received, read in one request (its list answers whole messages), and the two
// ways a notification can arrive twice: the same Message-ID delivered again, or the same
// notification (recipient + delegation + stage + version + kind) under two Message-IDs or with
// two different links.

export interface ReceivedMessage {
  id: string;
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  /** Every http(s) URL in the plain text: action links and delegation pages. */
  links: string[];
}

interface MailDevEmail {
  id: string;
  subject?: string;
  text?: string;
  to?: { address: string }[];
  headers?: Record<string, string | string[]>;
  messageId?: string;
}

const headerOf = (m: MailDevEmail, name: string): string => {
  const v = m.headers?.[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

export class MailInbox {
  constructor(readonly inboxUrl: string) {}

  async all(): Promise<ReceivedMessage[]> {
    const res = await fetch(`${this.inboxUrl}/api/email`, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`MailDev answered ${res.status}`);
    const emails = (await res.json()) as MailDevEmail[];
    return emails.map((m) => {
      const text = m.text ?? '';
      return {
        id: m.id,
        to: (m.to ?? []).map((t) => t.address.toLowerCase()),
        subject: m.subject ?? '',
        text,
        messageId: (headerOf(m, 'message-id') || m.messageId || '').replace(/^<|>$/g, ''),
        links: [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((x) => x[0]),
      };
    });
  }
}

/** The action link (`…/a/<token>`) of a message, if it has one. */
export const actionLinkOf = (m: ReceivedMessage): string | undefined =>
  m.links.find((l) => /\/a\/[A-Za-z0-9_-]+$/.test(l));

export interface MailDuplicates {
  /** Message-IDs delivered more than once. */
  byMessageId: { messageId: string; deliveries: number }[];
  /**
   * One notification delivered as several messages. The subject names the delegation (every
   * test title is unique), the stage and the kind (request, reminder, escalation, notice),
   * and no test amends a proposal, so recipient + subject is recipient + delegation + stage +
   * version + kind.
   */
  byNotification: { recipient: string; subject: string; messageIds: string[]; links: string[] }[];
}

export function duplicatesIn(messages: ReceivedMessage[]): MailDuplicates {
  const deliveries = new Map<string, number>();
  const notifications = new Map<string, ReceivedMessage[]>();
  for (const m of messages) {
    deliveries.set(m.messageId, (deliveries.get(m.messageId) ?? 0) + 1);
    for (const to of m.to) {
      const key = `${to}\n${m.subject}`;
      notifications.set(key, [...(notifications.get(key) ?? []), m]);
    }
  }
  const distinct = (xs: string[]) => [...new Set(xs)].sort();
  return {
    byMessageId: [...deliveries]
      .filter(([, n]) => n > 1)
      .map(([messageId, n]) => ({ messageId, deliveries: n })),
    byNotification: [...notifications]
      .map(([key, ms]) => {
        const [recipient = '', subject = ''] = key.split('\n');
        return {
          recipient,
          subject,
          messageIds: distinct(ms.map((m) => m.messageId)),
          links: distinct(ms.map((m) => m.links.join(' '))),
        };
      })
      .filter((n) => n.messageIds.length > 1 || n.links.length > 1),
  };
}
