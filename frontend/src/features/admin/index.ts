// ユーザー管理 and APIキー管理; what お知らせ shows of them (account mails that never went out).
export { MAIL_KIND_LABELS, mailFailuresQueryOptions, type MailFailure } from './api/invitations';
