// The report form's post, through the same steps as the JSON API: the files checked and stored as
// POST /api/delegations/:id/attachments stores them, the text parsed by the same schema as
// POST /api/delegations/:id/report, then the same filing (own attachments, the workflow Update).
// A refusal leaves nothing behind: files stored for a report the workflow refused are removed.
import type { Request } from 'express';
import { attachmentField } from '../../domain/attachmentRules';
import { updateOutcomeOf, type UpdateOutcome } from '../amendProposal';
import type { ApiDeps } from '../apiDeps';
import { say, type Lang } from '../audit/timelineLabels';
import {
  checkedAttachment,
  discardAttachments,
  formUploadViolation,
  storeAttachments,
  type CheckedAttachment,
} from '../reportAttachments';
import { reportBodySchema, reportFiling } from '../reportReviewFiling';
import {
  refusedFiling,
  violationProblem,
  zodProblems,
  type FieldProblem,
  type FormFiling,
} from './delegationPageForms';
import { formValuesOf } from './proposalFormInput';
import { reportFormFieldOf, reportOfForm } from './reportFormInput';
import { filesOf, reportFormMaxFiles, uploadRefusalOf } from './reportFormUpload';

export interface ReportFormPost {
  delegationId: string;
  problemCount: number;
  /** The person filing; none for a machine client. */
  filedById: string | undefined;
  maxBytes: number;
  lang: Lang;
}

/** The files as they will be stored, and a problem for each one refused (named by its file name). */
function checkedFiles(req: Request, lang: Lang) {
  const files: CheckedAttachment[] = [];
  const problems: FieldProblem[] = [];
  for (const f of filesOf(req)) {
    const checked = checkedAttachment(f);
    if (checked.ok) files.push(checked.file);
    else {
      const p = violationProblem(checked.violation, attachmentField, lang);
      problems.push({ ...p, message: `${f.originalname}: ${p.message}` });
    }
  }
  return { files, problems };
}

export async function fileReportForm(
  { db, temporal }: Pick<ApiDeps, 'db' | 'temporal'>,
  req: Request,
  post: ReportFormPost,
): Promise<FormFiling> {
  const { lang } = post;
  const refused = uploadRefusalOf(req);
  const uploadViolation = formUploadViolation(refused, post.maxBytes, reportFormMaxFiles);
  if (refused && !uploadViolation) {
    const notice = say(
      lang,
      'Không đọc được biểu mẫu đã gửi; chưa lưu gì. Xin gửi lại.',
      'The form as sent could not be read; nothing was stored. Please send it again.',
    );
    return { ok: false, status: 400, problems: [], notice };
  }
  const { files, problems } = checkedFiles(req, lang);
  if (uploadViolation) problems.unshift(violationProblem(uploadViolation, attachmentField, lang));
  const body = reportBodySchema.safeParse(reportOfForm(formValuesOf(req.body), post.problemCount));
  if (!body.success) problems.push(...zodProblems(body.error, 'R-REPORT', reportFormFieldOf, lang));
  if (!body.success || problems.length > 0)
    return { ok: false, status: 422, problems, notice: null };

  const ids = (await storeAttachments(db, post.delegationId, files)).map((a) => a.id);
  let outcome: UpdateOutcome;
  try {
    const filing = await reportFiling(
      { db, temporal },
      post.delegationId,
      { ...body.data, attachmentIds: ids },
      post.filedById,
    );
    outcome = filing.ok
      ? await updateOutcomeOf(filing.file)
      : { ok: false, status: 422, errors: filing.violations };
  } catch (err) {
    await discardAttachments(db, ids);
    throw err;
  }
  if (outcome.ok) return { ok: true };
  await discardAttachments(db, ids);
  return refusedFiling(outcome, reportFormFieldOf, lang);
}
