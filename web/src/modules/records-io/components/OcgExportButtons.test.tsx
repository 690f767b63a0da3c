import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { LIMITS } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import type { OcgFilter, OcgSort } from '../../../gql/graphql';
import { OfficerOptionsQuery } from '../../ocgs/graphql/member-options.query';
import { OcgsQuery } from '../../ocgs/graphql/ocgs.query';
import { PanelScoringQuery } from '../../panels/graphql/panel-scoring.query';
import { ExportNominalsMutation } from '../graphql/export-nominals.mutation';
import { ExportOcgsMutation } from '../graphql/export-ocgs.mutation';

const EMPTY: OcgFilter = { search: null, statuses: null, tier: null, crimeType: null, area: null, lroUserId: null };
const CHOSEN: OcgFilter = { search: 'larch', statuses: ['ARCHIVED'], tier: 'Tier 1', crimeType: 'DRUGS_SUPPLY', area: 'Kirkby', lroUserId: 'user-7' };

const group = (n: number, name: string, status = 'ACTIVE') => ({
  __typename: 'Ocg',
  id: `ocg-${n}`,
  reference: `OCG-000${n}`,
  name,
  status,
  tier: 'Tier 1',
  scoreTotal: 70,
  crimeTypes: ['DRUGS_SUPPLY'],
  areas: ['Kirkby'],
  lroName: 'Dana Lead',
  gscMarking: 'OFFICIAL_SENSITIVE',
});

function listMock(filter: OcgFilter, sort: OcgSort, nodes: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: OcgsQuery, variables: { panelId: 'panel-1', filter, sort, limit: LIMITS.pageSizeDefault, offset: 0 } },
    result: { data: { ocgs: { __typename: 'OcgPage', totalCount: nodes.length, nodes } } },
  };
}

const file = (filename: string, rowCount: number, personalDataWithheld = false) => ({
  __typename: 'ExportFile',
  base64: btoa('OFFICIAL-SENSITIVE\r\n'),
  contentType: 'text/csv; charset=utf-8',
  filename,
  rowCount,
  personalDataWithheld,
});

const pageMocks = (): MockLink.MockedResponse[] => [
  viewerMock({ role: 'CHAIR' }),
  {
    request: { query: OfficerOptionsQuery, variables: { panelId: 'panel-1' } },
    result: {
      data: {
        members: {
          __typename: 'MemberPage',
          totalCount: 1,
          nodes: [
            {
              __typename: 'Member',
              id: 'member-7',
              userId: 'user-7',
              name: 'Dana Lead',
              agency: { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
            },
          ],
        },
      },
    },
  },
  {
    request: { query: PanelScoringQuery, variables: { id: 'panel-1' } },
    result: {
      data: {
        panel: {
          __typename: 'Panel',
          id: 'panel-1',
          scaleMax: 5,
          version: 1,
          tiers: [
            { __typename: 'PanelTier', name: 'Tier 1', minTotal: 60 },
            { __typename: 'PanelTier', name: 'Tier 2', minTotal: 0 },
          ],
        },
      },
    },
  },
  listMock(EMPTY, 'SCORE', [group(1, 'Operation Oak'), group(2, 'Operation Larch')]),
];

describe('exporting from the group list', () => {
  beforeAll(() => {
    // jsdom has neither object URLs nor downloads: the file itself is the API's business, tested there.
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });

  it('sends the export the very filter and sort the list was asked with, every field of it', async () => {
    const user = userEvent.setup();
    renderRoute('/ocgs', [
      ...pageMocks(),
      listMock(CHOSEN, 'SCORE', [group(2, 'Operation Larch', 'ARCHIVED')]),
      listMock(CHOSEN, 'NAME', [group(2, 'Operation Larch', 'ARCHIVED')]),
      {
        request: { query: ExportOcgsMutation, variables: { panelId: 'panel-1', format: 'CSV', filter: CHOSEN, sort: 'NAME' } },
        result: { data: { exportOcgs: file('ocgs-2026-12-05.csv', 1) } },
      },
    ]);
    expect(await screen.findByText('Showing 1 to 2 of 2 groups')).toBeInTheDocument();
    const filters = screen.getByRole('form', { name: 'Filter groups' });
    await user.type(within(filters).getByRole('searchbox', { name: 'Name or reference' }), 'larch');
    await user.click(within(filters).getByRole('checkbox', { name: 'Archived' }));
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Tier' }), 'Tier 1');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Crime type' }), 'DRUGS_SUPPLY');
    await user.type(within(filters).getByRole('textbox', { name: 'Area' }), 'Kirkby');
    await user.selectOptions(await within(filters).findByRole('combobox', { name: 'Lead responsible officer' }), 'user-7');
    await user.click(within(filters).getByRole('button', { name: 'Apply filters' }));
    const sort = screen.getByRole('form', { name: 'Sort groups' });
    await user.selectOptions(within(sort).getByRole('combobox', { name: 'Sort by' }), 'NAME');
    await user.click(within(sort).getByRole('button', { name: 'Sort' }));
    expect(await screen.findByText('Showing 1 to 1 of 1 group')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Downloaded ocgs-2026-12-05.csv: 1 group.')).toBeInTheDocument();
  });

  it('exports the panel’s nominals whole, as the nominal list shows them with no filter', async () => {
    const user = userEvent.setup();
    renderRoute('/ocgs', [
      ...pageMocks(),
      {
        request: { query: ExportNominalsMutation, variables: { panelId: 'panel-1', format: 'XLSX', filter: null } },
        result: { data: { exportNominals: file('nominals-2026-12-05.xlsx', 3, true) } },
      },
    ]);
    expect(await screen.findByText('Showing 1 to 2 of 2 groups')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export nominals XLSX' }));
    expect(
      await screen.findByText(
        'Downloaded nominals-2026-12-05.xlsx: 3 nominals. Names and other personal details were withheld: your agency may not receive personal data.',
      ),
    ).toBeInTheDocument();
  });
});
