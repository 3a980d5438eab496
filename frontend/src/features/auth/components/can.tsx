import type { ReactNode } from 'react';

import { useCan, type Scope } from '../api/me';

/** Shows an action only to users whose role grants its scope (a viewer sees no 登録 buttons). */
export function Can({ scope, children }: { scope: Scope; children: ReactNode }) {
  return useCan(scope) ? <>{children}</> : null;
}
