import { screen, within } from '@testing-library/react';
import type { PanelRole } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { MemberQuery } from '../graphql/member.query';

function memberMock(role: PanelRole, userId = 'user-2') {
  return {
    request: { query: MemberQuery, variables: { id: 'member-2' } },
    result: {
      data: {
        member: {
          __typename: 'Member',
          id: 'member-2',
          panelId: 'panel-1',
          userId,
          name: 'Sam Other',
          email: 'sam@example.org',
          role,
          disabled: false,
          accessConfirmedAt: '2026-06-01T09:00:00Z',
          version: 1,
          agencyId: 'agency-1',
          agency: { __typename: 'Agency', id: 'agency-1', name: 'Durham Police' },
        },
      },
    },
  };
}

const agencyOptions = {
  request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
  result: {
    data: { agencies: { __typename: 'AgencyPage', totalCount: 1, nodes: [{ __typename: 'Agency', id: 'agency-1', name: 'Durham Police' }] } },
  },
};

const roleChoices = (legend: string) =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('radio')
    .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);

describe('member screens under the role ceiling', () => {
  it('offers a coordinator every role but chair when adding a member', async () => {
    renderRoute('/members/new', [viewerMock({ role: 'COORDINATOR' }), agencyOptions]);
    await screen.findByRole('heading', { level: 1, name: 'Add a member' });
    expect(roleChoices('Role on this panel')).toEqual(['Coordinator', 'Police member', 'Partner member', 'Observer', 'Data protection officer']);
  });

  it('offers a chair the chair role too when adding a member', async () => {
    renderRoute('/members/new', [viewerMock({ role: 'CHAIR' }), agencyOptions]);
    await screen.findByRole('heading', { level: 1, name: 'Add a member' });
    expect(roleChoices('Role on this panel')).toEqual([
      'Chair',
      'Coordinator',
      'Police member',
      'Partner member',
      'Observer',
      'Data protection officer',
    ]);
  });

  it('lets a coordinator change a police member to any role but chair', async () => {
    renderRoute('/members/member-2', [viewerMock({ role: 'COORDINATOR' }), memberMock('POLICE_MEMBER')]);
    await screen.findByRole('heading', { level: 1, name: 'Sam Other' });
    expect(roleChoices('Role on this panel')).toEqual(['Coordinator', 'Police member', 'Partner member', 'Observer', 'Data protection officer']);
    expect(screen.getByRole('button', { name: 'Disable member' })).toBeInTheDocument();
  });

  it("shows a coordinator a chair's membership without a way to change or disable it", async () => {
    renderRoute('/members/member-2', [viewerMock({ role: 'COORDINATOR' }), memberMock('CHAIR')]);
    await screen.findByRole('heading', { level: 1, name: 'Sam Other' });
    expect(screen.getByText('Chair')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Change role' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable member' })).not.toBeInTheDocument();
  });

  it("lets a chair change or disable another chair's membership", async () => {
    renderRoute('/members/member-2', [viewerMock({ role: 'CHAIR' }), memberMock('CHAIR')]);
    await screen.findByRole('heading', { level: 1, name: 'Sam Other' });
    expect(roleChoices('Role on this panel')).toEqual([
      'Chair',
      'Coordinator',
      'Police member',
      'Partner member',
      'Observer',
      'Data protection officer',
    ]);
    expect(screen.getByRole('button', { name: 'Disable member' })).toBeInTheDocument();
  });

  it('offers no one a change to their own membership', async () => {
    renderRoute('/members/member-2', [viewerMock({ role: 'CHAIR' }), memberMock('CHAIR', 'user-1')]);
    await screen.findByRole('heading', { level: 1, name: 'Sam Other' });
    expect(screen.queryByRole('heading', { name: 'Change role' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disable member' })).not.toBeInTheDocument();
  });
});
