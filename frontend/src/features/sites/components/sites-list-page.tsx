import { PageHeader } from '@/components/page-header';

// TODO(stub): replaced by the feature's real page.
export function SitesListPage() {
  return <PageHeader title="SitesListPage" />;
}
