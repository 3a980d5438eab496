import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';

import { Can } from '@/features/auth';
import { notifySaved } from '@/lib/notify';
import { errorMessage } from '@/lib/problem';

import { useDeleteBusiness, type Business } from '../api/businesses';

import { BusinessInfoTable } from './business-info-table';

const route = getRouteApi('/app/businesses/$businessId');

export function BusinessDetail({ business }: { business: Business }) {
  const navigate = route.useNavigate();
  const remove = useDeleteBusiness();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const businessId = business.id;

  const onDelete = async () => {
    if (!window.confirm(`「${business.name}」を削除しますか？`)) return;
    setDeleteError(null);
    try {
      await remove.mutateAsync(businessId);
      notifySaved('削除しました。');
      await navigate({ to: '/businesses' });
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  };

  return (
    <Stack>
      {deleteError ? (
        <Alert
          color="red"
          role="alert"
          title="削除できませんでした"
          withCloseButton
          onClose={() => setDeleteError(null)}
        >
          {deleteError}
        </Alert>
      ) : null}
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Button
              variant="light"
              renderRoot={(props) => <Link {...props} to="/workers" search={{ business_id: businessId }} />}
            >
              技能者一覧
            </Button>
            <Button
              variant="light"
              renderRoot={(props) => <Link {...props} to="/workers/new" search={{ business_id: businessId }} />}
            >
              技能者を追加
            </Button>
            <Button
              variant="light"
              renderRoot={(props) => <Link {...props} to="/businesses/$businessId/permits" params={{ businessId }} />}
            >
              建設業許可番号設定
            </Button>
            <Button
              variant="light"
              disabled={!business.ccus_business_id}
              title={business.ccus_business_id ? undefined : 'CCUS事業者IDが登録されていません'}
              renderRoot={(props) =>
                business.ccus_business_id ? (
                  <Link
                    {...props}
                    to="/ccus/remote/$table/$entityId"
                    params={{ table: 'businesses', entityId: businessId }}
                  />
                ) : (
                  <button type="button" {...props} />
                )
              }
            >
              CCUS取得
            </Button>
          </Group>
          <Can scope="registry:write">
            <Group gap="xs">
              <Button
                variant="default"
                renderRoot={(props) => <Link {...props} to="/businesses/$businessId/edit" params={{ businessId }} />}
              >
                編集
              </Button>
              <Button color="red" variant="outline" loading={remove.isPending} onClick={() => void onDelete()}>
                削除
              </Button>
            </Group>
          </Can>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          技能者は必ず事業者に所属させて登録します。CCUS取得ではCCUSに登録された内容との違いを確認できます。
        </Text>
      </Paper>
      <BusinessInfoTable business={business} />
    </Stack>
  );
}
