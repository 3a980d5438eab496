import { Text } from '@mantine/core';

import { CcusStatusBadge } from '@/components/ccus-status-badge';

import { type Business } from '../api/businesses';

export function BusinessCcusState({ business }: { business: Business }) {
  return (
    <>
      <CcusStatusBadge
        status={business.ccus_status}
        errorCode={business.ccus_error_code}
        errorMessage={business.ccus_error_message}
      />
      {business.ccus_error_message ? (
        <Text size="xs" c="red" mt={4}>
          {business.ccus_error_code ? `${business.ccus_error_code}: ` : ''}
          {business.ccus_error_message}
        </Text>
      ) : null}
    </>
  );
}
