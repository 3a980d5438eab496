import { z } from 'zod';

export const branchSchema = z.object({
  code: z.string().trim().min(1, '拠点・支店コードを入力してください。').max(32, '32文字以内で入力してください。'),
  name: z.string().trim().min(1, '拠点・支店名を入力してください。').max(100, '100文字以内で入力してください。'),
  display_order: z.number().int().min(0, '0以上で入力してください。'),
});
export type BranchValues = z.infer<typeof branchSchema>;
export const BRANCH_FIELDS = ['code', 'name', 'display_order'] as const;
