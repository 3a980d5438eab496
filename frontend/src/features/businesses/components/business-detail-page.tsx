import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/page-states';

import { useBusiness } from '../api/businesses';

import { BusinessDetail } from './business-detail';

const route = getRouteApi('/app/businesses/$businessId');

export function BusinessDetailPage() {
  const { businessId } = route.useParams();
  const business = useBusiness(businessId);

  return (
    <>
      <PageHeader
        title={business.data?.name ?? '事業者情報'}
        crumbs={[{ label: '下請事業者管理', to: '/businesses' }, { label: business.data?.name ?? '事業者情報' }]}
      />
      <QueryState query={business}>{(data) => <BusinessDetail business={data} />}</QueryState>
    </>
  );
}
