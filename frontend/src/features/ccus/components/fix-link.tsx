import { useRouterState } from '@tanstack/react-router';

import type { FixTarget } from '../fix-targets';

import { AnchorLink } from '@/components/links';

export function FixLink({ target }: { target: FixTarget }) {
  // A fix link brings the user back here after saving.
  const here = useRouterState({ select: (state) => state.location.href });
  const search = target.fix ? { fix: target.fix, return: here } : {};
  switch (target.type) {
    case 'worker':
      return (
        <AnchorLink to="/workers/$workerId/edit" params={{ workerId: target.id }} search={search}>
          {target.label}
        </AnchorLink>
      );
    case 'business':
      return (
        <AnchorLink to="/businesses/$businessId/edit" params={{ businessId: target.id }} search={search}>
          {target.label}
        </AnchorLink>
      );
    case 'site':
      return (
        <AnchorLink to="/sites/$siteId/edit" params={{ siteId: target.id }} search={search}>
          {target.label}
        </AnchorLink>
      );
    case 'structure':
      return (
        <AnchorLink to="/sites/$siteId" params={{ siteId: target.id }} search={{ tab: 'structure' }}>
          {target.label}
        </AnchorLink>
      );
    case 'work_day':
      return (
        <AnchorLink to="/attendance/$workDayId" params={{ workDayId: target.id }}>
          {target.label}
        </AnchorLink>
      );
  }
}
