// 就業履歴: what お知らせ reads of the recorded days.
export { workDaysQueryOptions } from './api/work-days';
