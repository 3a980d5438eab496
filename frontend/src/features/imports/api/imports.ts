import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  list: (kind: ImportKind | undefined, page: number) => [...importKeys.lists(), { kind, page }] as const,
  detail: (id: string) => [...importKeys.all, 'detail', id] as const,
};

export type ImportJob = components['schemas']['ImportJob'];
export type ImportKind = components['schemas']['ImportKind'];
export type ImportMode = components['schemas']['ImportMode'];
export type ImportStatus = components['schemas']['ImportStatus'];
export type ImportRowError = components['schemas']['ImportRowError'];

export const POLL_MS = 1000;

export const isActive = (status: ImportStatus) => status === 'queued' || status === 'running';

export const importsQueryOptions = (kind: ImportKind | undefined, page: number) =>
  queryOptions({
    queryKey: importKeys.list(kind, page),
    queryFn: () => unwrap(api.GET('/api/v1/imports', { params: { query: { kind, page, limit: 20 } } })),
    placeholderData: keepPreviousData,
    // Jobs still being read move on by themselves; keep their status fresh in the list.
    refetchInterval: (query) => (query.state.data?.items.some((job) => isActive(job.status)) ? POLL_MS * 3 : false),
  });

export const useImports = (kind: ImportKind | undefined, page: number) => useQuery(importsQueryOptions(kind, page));

export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/imports/{import_id}', { params: { path: { import_id: id } } })),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? POLL_MS : false),
  });

export const useImport = (id: string) => useQuery(importQueryOptions(id));

export type UploadInput = { kind: ImportKind; mode: ImportMode; file: File };

/** POST /imports is multipart: the form fields and the file itself go as FormData. */
export function uploadImport({ kind, mode, file }: UploadInput) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('mode', mode);
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/v1/imports', {
      // The typed body names the fields; what is sent is the FormData above (with its boundary).
      body: { kind, mode, file: file.name },
      bodySerializer: () => form,
    }),
  );
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importQueryOptions(job.id).queryKey, job);
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}

export const templateUrl = (kind: ImportKind) => `${window.location.origin}/api/v1/imports/templates/${kind}`;
