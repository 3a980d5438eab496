import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { businessKeys } from './keys';

export type Permit = components['schemas']['Permit'];
export type PermitBody = components['schemas']['PermitBody'];

/** 建設業許可番号: a business's construction permits, soonest expiry first. */
export const usePermits = (businessId: string) =>
  useQuery({
    queryKey: businessKeys.permits(businessId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/businesses/{business_id}/permits', { params: { path: { business_id: businessId } } })),
  });

/** Adds a permit, or replaces the one with `id`. */
export function useSavePermit(businessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PermitBody }) =>
      id
        ? unwrap(
            api.PUT('/api/v1/businesses/{business_id}/permits/{permit_id}', {
              params: { path: { business_id: businessId, permit_id: id } },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/v1/businesses/{business_id}/permits', {
              params: { path: { business_id: businessId } },
              body,
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessKeys.permits(businessId) }),
  });
}

export function useRemovePermit(businessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.DELETE('/api/v1/businesses/{business_id}/permits/{permit_id}', {
          params: { path: { business_id: businessId, permit_id: id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessKeys.permits(businessId) }),
  });
}

/** The tenant's own company (元請): マイページ's 事業者情報閲覧 and 建設業許可番号設定 open it. */
export const useOwnCompany = () =>
  useQuery({
    queryKey: businessKeys.ownCompany(),
    queryFn: () => unwrap(api.GET('/api/v1/businesses', { params: { query: { is_own_company: true, limit: 1 } } })),
    select: (page) => page.items[0] ?? null,
    staleTime: 5 * 60_000,
  });
