import { useNavigate } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { notifySaved } from '@/lib/notify';

import { useCreateSite } from '../api/sites';

import { formValuesToBody } from './site-body';
import { SiteForm } from './site-form';
import { EMPTY_SITE } from './site-form-values';

export function SiteCreatePage() {
  const navigate = useNavigate();
  const create = useCreateSite();

  return (
    <>
      <PageHeader title="現場の追加" crumbs={[{ label: '現場一覧', to: '/sites' }, { label: '現場の追加' }]} />
      <SiteForm
        defaultValues={EMPTY_SITE}
        submitLabel="登録"
        onCancel={() => void navigate({ to: '/sites' })}
        onSave={async (values) => {
          const site = await create.mutateAsync(formValuesToBody(values));
          notifySaved('現場を登録しました。');
          await navigate({ to: '/sites/$siteId', params: { siteId: site.id } });
        }}
      />
    </>
  );
}
