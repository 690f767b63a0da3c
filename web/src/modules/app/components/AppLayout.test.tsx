import { screen, waitFor, within } from '@testing-library/react';
import { MembersQuery } from '../../members/graphql/members.query';
import { renderRoute, viewerMock } from '../../../test/render';
import { ViewerQuery } from '../graphql/viewer.query';

const emptyMembers = {
  request: {
    query: MembersQuery,
    variables: { panelId: 'panel-1', search: null, role: null, includeDisabled: false, limit: 25, offset: 0 },
  },
  result: { data: { members: { __typename: 'MemberPage', totalCount: 0, nodes: [] } } },
};

describe('signed-in layout', () => {
  it('shows the protective marking at the top and bottom, with the panel and the person in the header', async () => {
    renderRoute('/account/password', [viewerMock()]);
    expect(await screen.findByText('Alex Chair')).toBeInTheDocument();
    expect(screen.getByTestId('protective-marking-top')).toHaveTextContent('OFFICIAL-SENSITIVE');
    expect(screen.getByTestId('protective-marking-bottom')).toHaveTextContent('OFFICIAL-SENSITIVE');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Sentinel' })).toBeInTheDocument();
    expect(within(banner).getByText('Panel 1')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('offers navigation that the role may use', async () => {
    renderRoute('/account/password', [viewerMock({ role: 'PARTNER_MEMBER' })]);
    const nav = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Agencies' })).toHaveAttribute('href', '/agencies');
    expect(within(nav).getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/members');
  });

  it('offers "Add member" to a chair but not to a partner', async () => {
    const chair = renderRoute('/members', [viewerMock({ role: 'CHAIR' }), emptyMembers]);
    expect(await screen.findByRole('link', { name: 'Add member' })).toHaveAttribute('href', '/members/new');
    chair.unmount();

    renderRoute('/members', [viewerMock({ role: 'PARTNER_MEMBER' }), emptyMembers]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Members' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add member' })).not.toBeInTheDocument();
  });

  it('shows a partner who goes to the add-member page that they have no access, not the form', async () => {
    renderRoute('/members/new', [viewerMock({ role: 'PARTNER_MEMBER' })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
  });

  it('sends someone whose session waits for its second factor to the code page, before anything else', async () => {
    const secondFactor = { enrolled: true, required: true, verified: false };
    const { router } = renderRoute('/agencies', [viewerMock({ secondFactor })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/second-factor');
    expect(screen.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
  });

  it('sends someone who must have a second factor and has none to set up an app', async () => {
    const { router } = renderRoute('/agencies', [viewerMock({ secondFactor: { enrolled: false, required: true, verified: false } })]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/second-factor/set-up'));
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const { router } = renderRoute('/agencies', [
      { request: { query: ViewerQuery }, result: { errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Sentinel' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('shows a page-not-found page for an unknown address', async () => {
    renderRoute('/no-such-page', [viewerMock()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('offers a panel switcher only to someone on several panels', async () => {
    renderRoute('/account/password', [viewerMock({ panels: 2 })]);
    expect(await screen.findByRole('combobox', { name: 'Panel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change panel' })).toBeInTheDocument();
  });
});

describe('navigation to the records', () => {
  it('offers groups, referrals and search to a partner, but not referrals to an observer', async () => {
    const partner = renderRoute('/account/password', [viewerMock({ role: 'PARTNER_MEMBER' })]);
    let nav = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Groups' })).toHaveAttribute('href', '/ocgs');
    expect(within(nav).getByRole('link', { name: 'Referrals' })).toHaveAttribute('href', '/referrals');
    expect(within(nav).getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search');
    partner.unmount();

    renderRoute('/account/password', [viewerMock({ role: 'OBSERVER' })]);
    nav = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Groups' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Referrals' })).not.toBeInTheDocument();
  });
});
