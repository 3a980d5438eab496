import type { paths } from '@/api/schema';

export type BranchListQuery = NonNullable<paths['/api/v1/branches']['get']['parameters']['query']>;

export const branchKeys = {
  all: ['branches'] as const,
  list: (query: BranchListQuery) => [...branchKeys.all, 'list', query] as const,
};
