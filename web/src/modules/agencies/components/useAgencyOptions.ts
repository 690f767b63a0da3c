import { useQuery } from '@apollo/client/react';
import type { SelectOption } from '../../../ui/Select';
import { useViewer } from '../../app/viewer-context';
import { AgencyOptionsQuery } from '../graphql/agency-options.query';

// The panel's agencies as select options; undefined until they have loaded.
export function useAgencyOptions(panelId: string): SelectOption[] | undefined {
  const { data } = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  return data?.agencies.nodes.map((a) => ({ value: a.id, label: a.name }));
}

// A group belongs to the panel in view: its agencies are the ones that may own objectives and act.
export function usePanelId(): string {
  return useViewer().membership?.panelId ?? '';
}
