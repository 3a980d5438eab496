// CCUS連携: what お知らせ shows of it, and the refresh a change elsewhere (a written day) needs.
export { idCheckProgress, idCheckSummaryQueryOptions, type IdCheckSummary } from './api/id-checks';
export { reservationsQueryOptions } from './api/reservations';
export { invalidateCcus, resultsQueryOptions, type ResultDay } from './api/results';
export { FixBanner } from './components/fix-banner';
export { fixSearchSchema } from './search';
export { fixReturnHref, RECHECK_MESSAGE, savedMessage, useFixMark, useMarkFixField, type FixMark } from './fix-page';
export { CCUS_EDIT_FORM_ID, CcusEditContext } from './components/ccus-edit-context';
