import type { ReactNode } from 'react';
import { ForbiddenContent } from '../../app/components/StatusContent';
import { useViewer } from '../../app/viewer-context';

/** The deployment's own screens: the API refuses anyone else anyway; this spares them a page they could never use. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  if (!viewer.isAdmin) return <ForbiddenContent />;
  return <>{children}</>;
}
