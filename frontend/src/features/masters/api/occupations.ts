import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

import { masterKeys } from './masters';

export type OccupationCreate = components['schemas']['OccupationCreate'];
export type OccupationUpdate = components['schemas']['OccupationUpdate'];

export type OccupationSave =
  { kind: 'update'; id: string; body: OccupationUpdate } | { kind: 'create'; body: OccupationCreate };

/** The tenant's own 職種: added, renamed, or put out of use; every form's list refreshes. */
export function useSaveOccupation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: OccupationSave) =>
      save.kind === 'update'
        ? unwrap(
            api.PATCH('/api/v1/masters/occupations/{occupation_id}', {
              params: { path: { occupation_id: save.id } },
              body: save.body,
            }),
          )
        : unwrap(api.POST('/api/v1/masters/occupations', { body: save.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: masterKeys.occupations() }),
  });
}
