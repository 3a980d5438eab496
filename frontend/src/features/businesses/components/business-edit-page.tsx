import { PageHeader } from '@/components/page-header';

// TODO(stub): replaced by the feature's real page.
export function BusinessEditPage() {
  return <PageHeader title="BusinessEditPage" />;
}
