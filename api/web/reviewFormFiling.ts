// The review form's post, through the same steps as POST /api/delegations/:id/review: the same
// schema (R-ACCOUNTABILITY), the same reviewer check (segregation of duties), the same Update.
import { updateOutcomeOf } from '../amendProposal';
import { conflictNotice } from '../access/delegationConflict';
import type { Principal } from '../access/principal';
import type { ApiDeps } from '../apiDeps';
import { say, type Lang } from '../audit/timelineLabels';
import { reviewBodySchema, reviewFiling } from '../reportReviewFiling';
import { refusedFiling, zodProblems, type FormFiling } from './delegationPageForms';
import type { FormValues } from './proposalFormInput';
import { reviewFormFieldOf, reviewOfForm } from './reviewFormInput';

export interface ReviewFormPost {
  delegationId: string;
  problemCount: number;
  values: FormValues;
  lang: Lang;
}

export async function fileReviewForm(
  deps: Pick<ApiDeps, 'db' | 'temporal'>,
  principal: Principal,
  post: ReviewFormPost,
): Promise<FormFiling> {
  const { lang } = post;
  const body = reviewBodySchema.safeParse(reviewOfForm(post.values, post.problemCount));
  if (!body.success) {
    const problems = zodProblems(body.error, 'R-ACCOUNTABILITY', reviewFormFieldOf, lang);
    return { ok: false, status: 422, problems, notice: null };
  }
  const filing = await reviewFiling(deps, principal, post.delegationId, body.data);
  if (!filing.ok) {
    const notice =
      (principal.kind === 'person'
        ? await conflictNotice(deps.db, post.delegationId, principal.personId, lang)
        : null) ??
      say(
        lang,
        'Chỉ lãnh đạo tỉnh đăng nhập bằng tài khoản của mình mới ghi nhận được đánh giá này.',
        'Only a provincial leader signed in as themselves may record this review.',
      );
    return { ok: false, status: filing.status, problems: [], notice };
  }
  const outcome = await updateOutcomeOf(filing.file);
  return outcome.ok ? { ok: true } : refusedFiling(outcome, reviewFormFieldOf, lang);
}
