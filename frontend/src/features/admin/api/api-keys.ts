import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyCreate = components['schemas']['ApiKeyCreate'];
export type ApiKeyCreated = components['schemas']['ApiKeyCreated'];
export type Scope = components['schemas']['Scope'];

const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: (page: number) => [...apiKeyKeys.all, 'list', { page }] as const,
};

export const KIND_LABELS: Record<ApiKey['kind'], string> = { terminal: '入退場端末', partner: '連携パートナー' };

export const SCOPE_LABELS: Record<Scope, string> = {
  'registry:read': '事業者・技能者・現場の参照',
  'registry:write': '事業者・技能者・現場の登録・更新',
  'attendance:read': '就業履歴の参照',
  'attendance:write': '就業履歴の登録・更新',
  'ccus:read': 'CCUS連携の参照',
  'ccus:write': 'CCUS連携の操作',
  'terminal:events': '入退場イベントの送信',
  'secrets:reveal': '本人確認番号の表示',
  'masters:write': 'マスタの更新',
  'users:manage': 'ユーザー管理',
  'api_keys:manage': 'APIキー管理',
  'audit:read': '操作履歴の参照',
};

export function useApiKeys(page: number) {
  return useQuery({
    queryKey: apiKeyKeys.list(page),
    queryFn: () => unwrap(api.GET('/api/v1/api-keys', { params: { query: { page, limit: 50 } } })),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiKeyCreate) => unwrap(api.POST('/api/v1/api-keys', { body })),
    // The secret is shown once; it must not stay in the mutation cache.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/api-keys/{api_key_id}', { params: { path: { api_key_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
