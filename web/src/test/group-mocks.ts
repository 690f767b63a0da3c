import type { MockLink } from '@apollo/client/testing';
import type { OcgStatus } from '@sentinel/shared';
import { GroupPickerChoiceQuery } from '../modules/ocgs/graphql/group-picker-choice.query';
import { GroupPickerSearchQuery } from '../modules/ocgs/graphql/group-picker-search.query';
import { GROUP_MATCH_LIMIT } from '../modules/ocgs/utils/group-picker';

export type MockGroup = { __typename: 'Ocg'; id: string; reference: string; name: string; status: OcgStatus };

// OCG-0742 and the like: the select this picker replaced loaded only the first 100 groups of a panel.
export function mockGroup(n: number, name: string, status: OcgStatus = 'ACTIVE'): MockGroup {
  return { __typename: 'Ocg', id: `ocg-${n}`, reference: `OCG-${String(n).padStart(4, '0')}`, name, status };
}

// The API's search answers closest first, one more than the picker shows when there are more.
export function groupSearchMock(text: string, nodes: MockGroup[], panelId = 'panel-1'): MockLink.MockedResponse {
  const hits = nodes.slice(0, GROUP_MATCH_LIMIT + 1).map((ocg) => ({ __typename: 'SearchHit', id: ocg.id, ocg }));
  return {
    request: { query: GroupPickerSearchQuery, variables: { panelId, text, limit: GROUP_MATCH_LIMIT + 1 } },
    result: { data: { search: { __typename: 'SearchResults', hits } } },
    maxUsageCount: 5,
  };
}

export function groupChoiceMock(group: MockGroup, panelId = 'panel-1'): MockLink.MockedResponse {
  return {
    request: { query: GroupPickerChoiceQuery, variables: { id: group.id } },
    result: { data: { ocg: { ...group, panelId } } },
  };
}
