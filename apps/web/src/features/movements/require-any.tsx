import type { Permission } from '@vinhdanh/contracts';
import type { ReactNode } from 'react';
import { useSession } from '../../app/session.tsx';
import { ErrorPage } from '../errors/error.page.tsx';

/** A page open to holders of any one of several permissions (registration: officers or reviewers). */
export function RequireAny({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { can } = useSession();
  return anyOf.some(can) ? children : <ErrorPage status={403} />;
}
