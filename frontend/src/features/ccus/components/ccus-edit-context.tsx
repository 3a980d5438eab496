import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';

import { Can } from '@/features/auth';
import { notifyError, notifySaved } from '@/lib/notify';

import { useCancelReservation } from '../api/reservations';
import { usePendingOwnSend, useRegisterSite } from '../api/outbox';
import type { IdCheckTable } from '../labels';

import { RemoteLink } from './remote/remote-link';

/** The edit forms give their <form> this id, so 更新 here submits them. */
export const CCUS_EDIT_FORM_ID = 'ccus-edit-form';

const KINDS = { workers: 'worker', businesses: 'business', sites: 'site' } as const;

// The seed's 技能者編集 (lines 522–531) says what is missing and when the change reaches CCUS.
const MISSING: Record<IdCheckTable, string> = {
  workers: 'CCUS技能者IDまたはCCUS事業者IDまたは本人確認番号が設定されていません',
  businesses: 'CCUS事業者IDまたは本人確認番号が設定されていません',
  sites: 'CCUS現場IDが設定されていません',
};

/** CCUS連携 on a site, business or worker edit page: missing IDs, when changes go, 更新 / CCUS取得 / 連携キャンセル. */
export function CcusEditContext({
  table,
  id,
  missing,
  onRegistered,
}: {
  table: IdCheckTable;
  id: string;
  missing: boolean;
  /** Sites only: refresh the site after 「CCUSに登録」 linked it. */
  onRegistered?: () => Promise<unknown>;
}) {
  const pending = usePendingOwnSend(KINDS[table], id);
  const cancel = useCancelReservation();
  const register = useRegisterSite(id, onRegistered ?? (() => Promise.resolve()));

  const onCancel = async (outboxId: string) => {
    if (!window.confirm('送信待ちの連携を取り消しますか？')) return;
    try {
      await cancel.mutateAsync(outboxId);
      notifySaved('連携をキャンセルしました。');
    } catch (error) {
      notifyError(error, 'キャンセルできませんでした');
    }
  };
  const onRegister = async () => {
    try {
      await register.mutateAsync();
      notifySaved('CCUSに現場を登録し、CCUS現場IDを設定しました(標準APIの利用: 有効)。');
    } catch (error) {
      notifyError(error, 'CCUSに登録できませんでした');
    }
  };

  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label="CCUS連携">
      <Stack gap={6}>
        {missing ? (
          <Alert color="yellow" p="xs" role="status">
            {MISSING[table]}
          </Alert>
        ) : null}
        <Text size="sm">
          翌日にデータが更新されます(就業履歴・登録内容は翌日、施工体制の変更はその日のうちに数分後CCUSへ連携します)
        </Text>
        <Text size="xs" c="dimmed">
          ※CCUSのメンテナンスのため、木曜日に予約された内容は金曜日の深夜に連携されます
        </Text>
        <Group gap="xs">
          <Button type="submit" form={CCUS_EDIT_FORM_ID} size="xs" aria-label="入力内容で更新">
            更新
          </Button>
          {missing ? null : <RemoteLink table={table} id={id} />}
          <Can scope="ccus:write">
            {pending.data ? (
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={cancel.isPending}
                onClick={() => pending.data && void onCancel(pending.data.id)}
              >
                連携キャンセル
              </Button>
            ) : null}
            {table === 'sites' && missing ? (
              <Button size="xs" variant="light" loading={register.isPending} onClick={() => void onRegister()}>
                CCUSに登録
              </Button>
            ) : null}
          </Can>
        </Group>
      </Stack>
    </Paper>
  );
}
