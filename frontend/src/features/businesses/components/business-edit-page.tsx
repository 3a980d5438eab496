import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';
import { CcusEditContext, FixBanner, fixReturnHref, savedMessage, useFixMark } from '@/features/ccus';
import { QueryState } from '@/components/page-states';
import { notifySaved } from '@/lib/notify';

import { useBusiness, useUpdateBusiness, type Business } from '../api/businesses';
import { toUpdateBody } from '../lib/business-bodies';
import { valuesFromBusiness } from '../lib/business-initial-values';
import type { BusinessValues } from '../lib/business-schema';

import { BusinessForm } from './business-form';

const route = getRouteApi('/app/businesses/$businessId/edit');

export function BusinessEditPage() {
  const { businessId } = route.useParams();
  const business = useBusiness(businessId);
  const { fix } = route.useSearch();

  return (
    <>
      <PageHeader
        title="事業者情報の編集"
        crumbs={[
          { label: '下請事業者管理', to: '/businesses' },
          { label: business.data?.name ?? '事業者', to: `/businesses/${businessId}` },
          { label: '編集' },
        ]}
      />
      {fix ? <FixBanner fixId={fix} entity="business" entityId={businessId} /> : null}
      <QueryState query={business}>
        {(data) => (
          <>
            <CcusEditContext
              table="businesses"
              id={data.id}
              missing={!data.ccus_business_id || data.verification_number === null}
            />
            <EditForm key={data.id} business={data} />
          </>
        )}
      </QueryState>
    </>
  );
}

function EditForm({ business }: { business: Business }) {
  const navigate = useNavigate();
  const { fix, return: back } = route.useSearch();
  const fixMark = useFixMark(fix, 'business');
  const update = useUpdateBusiness(business.id);
  // Frozen at load: a background refetch must not turn someone else's change into ours.
  const [initial] = useState(() => valuesFromBusiness(business));
  const toDetail = () => navigate({ to: '/businesses/$businessId', params: { businessId: business.id } });

  const onSave = async (values: BusinessValues) => {
    const body = toUpdateBody(initial, values);
    const saved = Object.keys(body).length > 0 ? await update.mutateAsync(body) : undefined;
    notifySaved(savedMessage(saved));
    const href = fixReturnHref(back, fix);
    await (href ? navigate({ href }) : toDetail());
  };

  return (
    <BusinessForm
      defaultValues={initial}
      isEdit
      hasVerificationNumber={business.verification_number !== null}
      fixMark={fixMark}
      onSave={onSave}
      onCancel={() => void toDetail()}
    />
  );
}
