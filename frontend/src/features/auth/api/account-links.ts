import { useMutation } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';

import { api, unwrap } from '@/lib/api-client';

/** The one-time token of an emailed link: it travels in the URL's fragment, never to a server. */
export function linkToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export function useLinkToken(): string {
  return linkToken(useLocation({ select: (location) => location.hash }));
}

export function useAcceptInvitation() {
  return useMutation({
    gcTime: 0,
    mutationFn: (body: { token: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/invitations/accept', { body })),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    gcTime: 0,
    mutationFn: (body: { email: string }) => unwrap(api.POST('/api/v1/auth/password-reset', { body })),
  });
}

export function useResetPassword() {
  return useMutation({
    gcTime: 0,
    mutationFn: (body: { token: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}

export function useRequestEmailChange() {
  return useMutation({
    gcTime: 0,
    mutationFn: (body: { new_email: string; current_password: string }) =>
      unwrap(api.POST('/api/v1/me/email', { body })),
  });
}

export function useConfirmEmailChange() {
  return useMutation({
    gcTime: 0,
    mutationFn: (body: { token: string }) => unwrap(api.POST('/api/v1/auth/email-change/confirm', { body })),
  });
}
