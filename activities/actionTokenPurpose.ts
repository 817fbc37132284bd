import type { Stage } from '../domain/stage';

/** A decision link decides a review stage; a review link rates the results. */
export function actionTokenPurpose(stage: Stage): 'decision' | 'review' {
  return stage === 'accountability_review' ? 'review' : 'decision';
}
