import { Button } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { FormAlert } from '@/components/form-alert';
import { PageHeader } from '@/components/page-header';
import {
  CCUS_EDIT_FORM_ID,
  CcusEditContext,
  FixBanner,
  fixReturnHref,
  savedMessage,
  useFixMark,
} from '@/features/ccus';
import { QueryState } from '@/components/page-states';
import { notifySaved } from '@/lib/notify';
import { ApiError, errorMessage } from '@/lib/problem';

import { useDeleteSite, useSite, useUpdateSite, type Site } from '../api/sites';

import { siteChanges } from './site-body';
import { SiteForm } from './site-form';
import { siteToFormValues } from './site-form-values';

const route = getRouteApi('/app/sites/$siteId/edit');

export function SiteEditPage() {
  const { siteId } = route.useParams();
  const site = useSite(siteId);
  const { fix } = route.useSearch();
  const name = site.data?.name ?? '';

  return (
    <>
      <PageHeader
        title="現場の編集"
        crumbs={[
          { label: '現場一覧', to: '/sites' },
          { label: name || '現場', to: `/sites/${siteId}` },
          { label: '編集' },
        ]}
      />
      {fix ? <FixBanner fixId={fix} entity="site" entityId={siteId} /> : null}
      <QueryState query={site}>
        {(data) => (
          <>
            <CcusEditContext
              table="sites"
              id={data.id}
              missing={!data.ccus_site_id}
              onRegistered={() => site.refetch()}
            />
            <SiteEditForm key={data.updated_at} site={data} />
          </>
        )}
      </QueryState>
    </>
  );
}

function SiteEditForm({ site }: { site: Site }) {
  const navigate = useNavigate();
  const update = useUpdateSite(site.id);
  const remove = useDeleteSite(site.id);
  const { fix, return: back } = route.useSearch();
  const fixMark = useFixMark(fix, 'site');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const toDetail = () => navigate({ to: '/sites/$siteId', params: { siteId: site.id } });

  const onDelete = async () => {
    if (!window.confirm(`現場「${site.name}」を削除しますか？この操作は取り消せません。`)) return;
    setDeleteError(null);
    try {
      await remove.mutateAsync();
      notifySaved('現場を削除しました。');
      await navigate({ to: '/sites' });
    } catch (error) {
      const hideInstead = error instanceof ApiError && error.code === 'site.has_history';
      setDeleteError(
        hideInstead
          ? `${errorMessage(error)} 使わなくなった現場は「現場を表示する」を外して非表示にしてください。`
          : errorMessage(error),
      );
    }
  };

  return (
    <>
      <FormAlert message={deleteError} title="削除できませんでした" />
      <SiteForm
        defaultValues={siteToFormValues(site)}
        submitLabel="更新"
        formId={CCUS_EDIT_FORM_ID}
        fixMark={fixMark}
        onCancel={() => void toDetail()}
        onSave={async (values) => {
          const changes = siteChanges(site, values);
          if (Object.keys(changes).length > 0) {
            notifySaved(savedMessage(await update.mutateAsync(changes)));
          } else {
            notifySaved('変更はありませんでした。');
          }
          const href = fixReturnHref(back, fix);
          await (href ? navigate({ href }) : toDetail());
        }}
        extraActions={
          <Button color="red" variant="light" loading={remove.isPending} onClick={() => void onDelete()}>
            削除
          </Button>
        }
      />
    </>
  );
}
