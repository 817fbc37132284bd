// Reads what the real SMTP server (MailDev) received, through its REST API.
interface Summary {
  id: string;
  subject: string;
  to: { address: string }[];
}
export interface ReceivedEmail extends Summary {
  text?: string;
  html?: string;
  headers: Record<string, string | string[]>;
}

export class Mailbox {
  constructor(private readonly inboxUrl: string) {}

  async all(): Promise<ReceivedEmail[]> {
    const summaries = (await (await fetch(`${this.inboxUrl}/api/email`)).json()) as Summary[];
    return Promise.all(
      summaries.map(
        async (s) =>
          (await (await fetch(`${this.inboxUrl}/api/email/${s.id}`)).json()) as ReceivedEmail,
      ),
    );
  }

  async to(address: string): Promise<ReceivedEmail[]> {
    return (await this.all()).filter((m) => m.to.some((t) => t.address === address));
  }

  /** Waits until `count` messages matching the filter arrived (mail is sent by activities). */
  async waitFor(
    filter: (m: ReceivedEmail) => boolean,
    count = 1,
    timeoutMs = 30000,
  ): Promise<ReceivedEmail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.all()).filter(filter);
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} matching email(s), have ${found.length}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The action link (`…/a/<token>`) in an email's plain text. */
export function actionLinkIn(mail: ReceivedEmail): string {
  const m = /(https?:\/\/\S+\/a\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!m?.[1]) throw new Error(`no action link in email "${mail.subject}"`);
  return m[1];
}
