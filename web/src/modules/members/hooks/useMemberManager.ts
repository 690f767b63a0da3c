import { memberManager, type MemberManager } from '@sentinel/shared';
import { useViewer } from '../../app/viewer-context';

/** The viewer as a manager of the current panel's members, for the role ceiling shared with the API. */
export function useMemberManager(): MemberManager {
  const { viewer, membership } = useViewer();
  return memberManager(viewer.isAdmin, membership?.role);
}
