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

/**
 * One notification is recipient + delegation + stage + version + kind. The subject names the
 * delegation (every test title is unique), the stage and the kind (request, reminder,
 * escalation, notice), and no test amends a proposal, so recipient + subject identifies it.
 */
export interface NotificationDelivery {
  recipient: string;
  subject: string;
  messageIds: string[];
  /** Each delivery's links, space-separated; distinct sets only. */
  links: string[];
  deliveries: number;
}

export interface MailDuplicates {
  /** A notification sent as two messages (different Message-IDs): a duplicate. */
  byMessageId: NotificationDelivery[];
  /** A notification whose deliveries carry different links: a duplicate (two live links). */
  byLink: NotificationDelivery[];
  /**
   * The same message (Message-ID and links) delivered again by a retried send: one message
   * to the reader (mail clients merge by Message-ID), reported but not a duplicate.
   */
  redelivered: NotificationDelivery[];
}

export function duplicatesIn(messages: ReceivedMessage[]): MailDuplicates {
  const notifications = new Map<string, ReceivedMessage[]>();
  for (const m of messages) {
    for (const to of m.to) {
      const key = `${to}\n${m.subject}`;
      notifications.set(key, [...(notifications.get(key) ?? []), m]);
    }
  }
  const distinct = (xs: string[]) => [...new Set(xs)].sort();
  const deliveries: NotificationDelivery[] = [...notifications].map(([key, ms]) => {
    const [recipient = '', subject = ''] = key.split('\n');
    return {
      recipient,
      subject,
      messageIds: distinct(ms.map((m) => m.messageId)),
      links: distinct(ms.map((m) => m.links.join(' '))),
      deliveries: ms.length,
    };
  });
  return {
    byMessageId: deliveries.filter((n) => n.messageIds.length > 1),
    byLink: deliveries.filter((n) => n.links.length > 1),
    redelivered: deliveries.filter(
      (n) => n.deliveries > 1 && n.messageIds.length === 1 && n.links.length === 1,
    ),
  };
}
