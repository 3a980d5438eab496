import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { userKeys } from './users';

export type PendingInvitation = components['schemas']['PendingInvitation'];
export type InvitationCreate = components['schemas']['Invitation'];
export type MailFailure = components['schemas']['MailFailure'];
type MailStatus = components['schemas']['MailStatus'];

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  pending: '送信待ち',
  sent: '送信済み',
  failed: '送信失敗',
};

export const MAIL_KIND_LABELS: Record<string, string> = {
  invitation: '招待',
  password_reset: 'パスワード再設定',
  email_change: 'メールアドレス変更の確認',
  email_changed: 'メールアドレス変更のお知らせ',
  password_reset_done: 'パスワード再設定のお知らせ',
  password_changed: 'パスワード変更のお知らせ',
};

const invitationKeys = {
  all: ['invitations'] as const,
  mailFailures: ['mail-failures'] as const,
};

export function useInvitations() {
  return useQuery({
    queryKey: invitationKeys.all,
    queryFn: () => unwrap(api.GET('/api/v1/users/invitations')),
  });
}

/** Administrators only: mails that never went out (お知らせ reads it too). */
export const mailFailuresQueryOptions = () =>
  queryOptions({
    queryKey: invitationKeys.mailFailures,
    queryFn: () => unwrap(api.GET('/api/v1/mail/failures')),
  });

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
    ]);
}

export function useInvite() {
  const invalidate = useInvalidate();
  return useMutation({
    gcTime: 0,
    mutationFn: (body: InvitationCreate) => unwrap(api.POST('/api/v1/users/invitations', { body })),
    onSuccess: invalidate,
  });
}

export function useResendInvitation() {
  const invalidate = useInvalidate();
  return useMutation({
    gcTime: 0,
    mutationFn: (userId: string) =>
      unwrap(api.POST('/api/v1/users/invitations/{user_id}/resend', { params: { path: { user_id: userId } } })),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation() {
  const invalidate = useInvalidate();
  return useMutation({
    gcTime: 0,
    mutationFn: (userId: string) =>
      unwrap(api.DELETE('/api/v1/users/invitations/{user_id}', { params: { path: { user_id: userId } } })),
    onSuccess: invalidate,
  });
}
