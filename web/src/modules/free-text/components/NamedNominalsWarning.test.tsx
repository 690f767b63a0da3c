import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { ROLE_PERMISSIONS, type PanelRole } from '@sentinel/shared';
import { ViewerProvider, type ViewerData } from '../../app/viewer-context';
import { NominalsNamedInQuery } from '../graphql/nominals-named-in.query';
import { NamedNominalsWarning } from './NamedNominalsWarning';

const TEXT = 'The Crossley Family\nRun from the car wash';

const NAMED: MockLink.MockedResponse = {
  request: { query: NominalsNamedInQuery, variables: { panelId: 'panel-1', text: TEXT } },
  result: { data: { nominalsNamedIn: [{ __typename: 'Nominal', id: 'n-1', reference: 'N-0003', displayName: 'Jason CROSSLEY' }] } },
};

function renderAs(role: PanelRole, mocks: MockLink.MockedResponse[]) {
  const membership = {
    __typename: 'PanelMembership' as const,
    panelId: 'panel-1',
    role,
    permissions: [...ROLE_PERMISSIONS[role]],
    panel: { __typename: 'Panel' as const, id: 'panel-1', name: 'Panel 1', code: 'P1', forceName: 'Durham Constabulary' },
  };
  const viewer = { memberships: [membership] } as unknown as ViewerData;
  render(
    <MockedProvider mocks={mocks}>
      <ViewerProvider value={{ viewer, membership, selectPanel: () => undefined }}>
        <NamedNominalsWarning texts={['The Crossley Family', 'Run from the car wash']} />
      </ViewerProvider>
    </MockedProvider>,
  );
}

describe('the warning that free text names a nominal', () => {
  it('names the nominals to a writer who may read them, and says how others will read the text', async () => {
    renderAs('POLICE_MEMBER', [NAMED]);
    expect(
      await screen.findByText(
        /This names a nominal: Jason CROSSLEY \(N-0003\)\. Agencies without an information-sharing agreement/,
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
  });

  it('asks nothing and shows nothing to a writer who may not read the names', async () => {
    // Were the answer asked for and shown, it is there to be found.
    renderAs('OBSERVER', [NAMED]);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(screen.queryByText(/This names/)).not.toBeInTheDocument();
  });
});
