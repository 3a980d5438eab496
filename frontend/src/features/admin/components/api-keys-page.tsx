import { Badge, Button, Modal, Table } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';

import { ListPagination } from '@/components/list-pagination';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { notifyError, notifySaved } from '@/lib/notify';

import {
  KIND_LABELS,
  SCOPE_LABELS,
  useApiKeys,
  useRevokeApiKey,
  type ApiKey,
  type ApiKeyCreated,
  type Scope,
} from '../api/api-keys';

import { ApiKeyForm } from './api-key-form';
import { ApiKeySecret } from './api-key-secret';
import { WebhooksSection } from '@/features/webhooks';

const route = getRouteApi('/app/admin/api-keys');

type Dialog = { step: 'form' } | { step: 'secret'; created: ApiKeyCreated } | null;

function KeyState({ apiKey }: { apiKey: ApiKey }) {
  if (apiKey.revoked_at) return <Badge color="gray">無効化済み</Badge>;
  if (apiKey.expires_at && new Date(apiKey.expires_at) < new Date()) return <Badge color="gray">期限切れ</Badge>;
  return (
    <Badge color="green" variant="light">
      有効
    </Badge>
  );
}

export function ApiKeysPage() {
  const page = route.useSearch().page ?? 1;
  const navigate = route.useNavigate();
  const setPage = (next: number) => void navigate({ search: { page: next > 1 ? next : undefined } });
  const keys = useApiKeys(page);
  const revoke = useRevokeApiKey();
  const [dialog, setDialog] = useState<Dialog>(null);

  const onRevoke = async (apiKey: ApiKey) => {
    if (!window.confirm(`「${apiKey.name}」を無効化しますか？この端末・連携先からの送信は受け付けられなくなります。`))
      return;
    try {
      await revoke.mutateAsync(apiKey.id);
      notifySaved('無効化しました。');
    } catch (error) {
      notifyError(error, '無効化できませんでした');
    }
  };

  return (
    <>
      <PageHeader
        title="APIキー管理"
        actions={<Button onClick={() => setDialog({ step: 'form' })}>APIキーを発行</Button>}
      />
      <QueryState query={keys} isEmpty={(data) => data.items.length === 0} empty="APIキーはまだ発行されていません。">
        {(data) => (
          <>
            <ListPagination pagination={data.pagination} shown={data.items.length} onPage={setPage} />
            <DataTable striped highlightOnHover withTableBorder fz="sm" label="APIキー一覧">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>名前</Table.Th>
                  <Table.Th>種類</Table.Th>
                  <Table.Th>キー</Table.Th>
                  <Table.Th>範囲</Table.Th>
                  <Table.Th>最終利用</Table.Th>
                  <Table.Th>有効期限</Table.Th>
                  <Table.Th>状態</Table.Th>
                  <Table.Th aria-label="操作" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((apiKey) => (
                  <Table.Tr key={apiKey.id}>
                    <Table.Td>{apiKey.name}</Table.Td>
                    <Table.Td>{KIND_LABELS[apiKey.kind]}</Table.Td>
                    <Table.Td>
                      <code>{apiKey.prefix}…</code>
                    </Table.Td>
                    <Table.Td>
                      {apiKey.kind === 'terminal'
                        ? `現場 ${apiKey.site_ids.length} 件`
                        : apiKey.scopes.map((scope) => SCOPE_LABELS[scope as Scope] ?? scope).join('、')}
                    </Table.Td>
                    <Table.Td>{formatDateTime(apiKey.last_used_at) || '—'}</Table.Td>
                    <Table.Td>{formatDateTime(apiKey.expires_at) || 'なし'}</Table.Td>
                    <Table.Td>
                      <KeyState apiKey={apiKey} />
                    </Table.Td>
                    <Table.Td data-action>
                      {apiKey.revoked_at ? null : (
                        <Button size="xs" variant="subtle" color="red" onClick={() => void onRevoke(apiKey)}>
                          無効化
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          </>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={() => (dialog?.step === 'secret' ? undefined : setDialog(null))}
        withCloseButton={dialog?.step !== 'secret'}
        closeOnClickOutside={false}
        title={dialog?.step === 'secret' ? 'APIキーを発行しました' : 'APIキーの発行'}
        size="lg"
      >
        {dialog?.step === 'form' ? (
          <ApiKeyForm
            onCreated={(created) => setDialog({ step: 'secret', created })}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog?.step === 'secret' ? <ApiKeySecret created={dialog.created} onClose={() => setDialog(null)} /> : null}
      </Modal>
      <WebhooksSection />
    </>
  );
}
