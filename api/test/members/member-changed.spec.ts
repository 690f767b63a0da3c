import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const SUBSCRIBE = 'subscription($panelId: ID!) { memberChanged(panelId: $panelId) { id role agency { name } } }';
const ROLE = 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id role } }';

describe('live member changes over graphql-ws on /graphql', () => {
  let t: TestApp;
  let url: string;
  let p: PanelFixture;
  let other: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  it('rejects a socket without a session, and one opened from another site', async () => {
    const anonymous = collect(wsClient(url), SUBSCRIBE, { panelId: p.panelId });
    await anonymous.done;
    expect(anonymous.events).toEqual([]);
    expect(anonymous.errors.length).toBe(1);

    const session = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    const crossSite = collect(wsClient(url, session, 'https://evil.example'), SUBSCRIBE, { panelId: p.panelId });
    await crossSite.done;
    expect(crossSite.events).toEqual([]);
    expect(crossSite.errors.length).toBe(1);
  });

  it("delivers a change to the panel's members and nothing to another panel's", async () => {
    const ours = wsClient(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD));
    const theirs = wsClient(url, await t.signIn(other.users.CHAIR.email, TEST_PASSWORD));
    const mine = collect<{ memberChanged: { id: string; role: string } }>(ours, SUBSCRIBE, { panelId: p.panelId });
    const foreign = collect(theirs, SUBSCRIBE, { panelId: p.panelId });
    const own = collect(theirs, SUBSCRIBE, { panelId: other.panelId });
    await foreign.done;
    expect(foreign.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    await new Promise((r) => setTimeout(r, 200));

    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const res = await t.gql(ROLE, { i: { id: p.users.OBSERVER.membershipId, role: 'POLICE_MEMBER', version: 1 } }, { session: chair });
    expect(res.errors).toBeUndefined();
    await waitFor(() => mine.events.length === 1);
    expect(mine.events[0].memberChanged).toMatchObject({ id: p.users.OBSERVER.membershipId, role: 'POLICE_MEMBER' });
    await new Promise((r) => setTimeout(r, 200));
    expect(own.events).toEqual([]);
    mine.stop();
    own.stop();
    await ours.dispose();
    await theirs.dispose();
  });
});
