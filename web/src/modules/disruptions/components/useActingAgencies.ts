import { AGENCY_RIGHTS } from '@sentinel/shared';
import type { SelectOption } from '../../../ui/Select';
import { useAgencyOptions } from '../../agencies/components/useAgencyOptions';
import { useAgencyRight } from '../../app/viewer-context';

/**
 * The agencies the viewer may record a disruption for: every agency for a record keeper; none to choose from for
 * a partner, whose own agency is recorded (the API refuses any other). Undefined while they load.
 */
export function useActingAgencies(panelId: string): { loading: boolean; agencies?: SelectOption[] } {
  const all = useAgencyOptions(panelId);
  const mayActFor = useAgencyRight(AGENCY_RIGHTS.actForAgency);
  if (!all) return { loading: true };
  const allowed = all.filter((a) => mayActFor(a.value));
  return { loading: false, agencies: allowed.length > 1 ? allowed : undefined };
}
