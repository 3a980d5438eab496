import type { FixTarget } from '../fix-targets';

import { AnchorLink } from '@/components/links';

export function FixLink({ target }: { target: FixTarget }) {
  switch (target.type) {
    case 'worker':
      return (
        <AnchorLink to="/workers/$workerId/edit" params={{ workerId: target.id }}>
          {target.label}
        </AnchorLink>
      );
    case 'business':
      return (
        <AnchorLink to="/businesses/$businessId/edit" params={{ businessId: target.id }}>
          {target.label}
        </AnchorLink>
      );
    case 'site':
      return (
        <AnchorLink to="/sites/$siteId/edit" params={{ siteId: target.id }}>
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

/** The edit page of a site, business or worker, by the table it lives in. */
