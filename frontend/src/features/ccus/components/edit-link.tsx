import type { ReactNode } from 'react';

import type { IdCheckTable } from '../labels';

import { AnchorLink } from '@/components/links';

export function EditLink({ table, id, children }: { table: IdCheckTable; id: string; children: ReactNode }) {
  switch (table) {
    case 'sites':
      return (
        <AnchorLink to="/sites/$siteId/edit" params={{ siteId: id }}>
          {children}
        </AnchorLink>
      );
    case 'businesses':
      return (
        <AnchorLink to="/businesses/$businessId/edit" params={{ businessId: id }}>
          {children}
        </AnchorLink>
      );
    case 'workers':
      return (
        <AnchorLink to="/workers/$workerId/edit" params={{ workerId: id }}>
          {children}
        </AnchorLink>
      );
  }
}
