// The workflow types the worker registers (bundled by Temporal for its deterministic sandbox).
export { delegationWorkflow } from './delegation';
export { annualSummaryWorkflow } from './annualSummary';
export { signInLinkWorkflow } from './signInLink';
