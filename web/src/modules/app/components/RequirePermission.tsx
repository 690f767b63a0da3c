import type { ReactNode } from 'react';
import type { Permission } from '@sentinel/shared';
import { holds, useViewer } from '../viewer-context';
import { ForbiddenContent } from './StatusContent';

// The API refuses anyway; this spares the person a form they could never submit.
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { membership } = useViewer();
  if (!holds(membership, permission)) return <ForbiddenContent />;
  return <>{children}</>;
}
