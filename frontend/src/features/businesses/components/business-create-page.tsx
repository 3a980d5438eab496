import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { notifySaved } from '@/lib/notify';

import { useCreateBusiness } from '../api/businesses';
import { toCreateBody } from '../lib/business-bodies';
import { EMPTY_BUSINESS } from '../lib/business-initial-values';
import type { BusinessValues } from '../lib/business-schema';

import { BusinessForm } from './business-form';

const route = getRouteApi('/app/businesses/new');

export function BusinessCreatePage() {
  const navigate = route.useNavigate();
  const create = useCreateBusiness();

  const onSave = async (values: BusinessValues) => {
    const business = await create.mutateAsync(toCreateBody(values));
    notifySaved('事業者を登録しました。');
    await navigate({ to: '/businesses/$businessId', params: { businessId: business.id } });
  };

  return (
    <>
      <PageHeader
        title="事業者登録"
        crumbs={[{ label: '下請事業者管理', to: '/businesses' }, { label: '事業者登録' }]}
      />
      <BusinessForm
        defaultValues={EMPTY_BUSINESS}
        onSave={onSave}
        onCancel={() => void navigate({ to: '/businesses' })}
      />
    </>
  );
}
