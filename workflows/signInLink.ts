// A request for a sign-in link: one activity looks the address up and, for a known person, mails
// a one-time link. A workflow (not the API) sends it so SMTP hiccups are retried and the mail goes
// out from an activity like every other; the token is made inside the activity, so it never
// enters the history.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', maximumAttempts: 10 },
});

export interface SignInLinkRequest {
  email: string;
  /** Names the email (stable Message-ID), so a retried activity never mails a second link. */
  requestId: string;
  validMinutes: number;
}

export const signInLinkWorkflowId = (requestId: string): string => `sign-in-${requestId}`;

export async function signInLinkWorkflow(req: SignInLinkRequest): Promise<'sent' | 'unknown'> {
  return acts.sendSignInLink(req);
}
