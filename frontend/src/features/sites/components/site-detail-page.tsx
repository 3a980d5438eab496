import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';

import { PageHeader, type Crumb } from '@/components/page-header';
import { QueryState } from '@/components/page-states';
import { useBranchNames } from '@/features/branches';

import { useSite } from '../api/sites';
import type { SiteTab } from '../search';

import { SiteInfoTab } from './site-info-tab';
import { SiteWorkersTab } from './site-workers-tab';
import { StructureTab } from './structure-tab';

const route = getRouteApi('/app/sites/$siteId');

const TAB_CRUMBS: Record<SiteTab, string[]> = {
  info: [],
  structure: ['施工体制'],
  workers: ['施工体制', '施工体制技能者一覧'],
};

export function SiteDetailPage() {
  const { siteId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const site = useSite(siteId);
  const branchNames = useBranchNames();
  const tab: SiteTab = search.tab ?? 'info';
  const name = site.data?.name ?? '';

  const crumbs: Crumb[] = [
    { label: '現場一覧', to: '/sites' },
    tab === 'info' ? { label: name } : { label: name, to: `/sites/${siteId}` },
    ...TAB_CRUMBS[tab].map((label) => ({ label })),
  ];

  const onTab = (value: string | null) => {
    const next = (value ?? 'info') as SiteTab;
    // The business filter belongs to 施工体制技能者; other tabs start clean.
    void navigate({
      search: (prev) => ({ tab: next, business_id: next === 'workers' ? prev.business_id : undefined }),
    });
  };

  return (
    <>
      <PageHeader title={name || '現場'} crumbs={crumbs} />
      <QueryState query={site}>
        {(data) => (
          <Tabs value={tab} onChange={onTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="info">現場情報</Tabs.Tab>
              <Tabs.Tab value="structure">施工体制</Tabs.Tab>
              <Tabs.Tab value="workers">施工体制技能者</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="info">
              <SiteInfoTab site={data} branchName={branchNames([data.branch_id])} />
            </Tabs.Panel>
            <Tabs.Panel value="structure">
              <StructureTab site={data} />
            </Tabs.Panel>
            <Tabs.Panel value="workers">
              <SiteWorkersTab site={data} />
            </Tabs.Panel>
          </Tabs>
        )}
      </QueryState>
    </>
  );
}
