import { randomUUID } from 'node:crypto';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($i: CreatePanelInput!) { createPanel(input: $i) { id code name forceName disabled activeMembers chairs version } }`;
const DISABLE = `mutation($i: SetPanelDisabledInput!) { setPanelDisabled(input: $i) { id disabled version } }`;
const PANELS = `query($s: String) { administeredPanels(search: $s) { totalCount nodes { id code chairs activeMembers disabled } } }`;
const USERS = `query($s: String) { adminUsers(search: $s) { totalCount nodes { id email isAdmin disabled invited lastSignedInAt memberships { panelId panelCode role } } } }`;

type Created = { id: string; code: string; disabled: boolean; activeMembers: number; chairs: string[]; version: number };

describe("the system administrator's panels and users", () => {
  let t: TestApp;
  let mail: MailCatcher;
  let p: PanelFixture;
  let admin: string;
  let chair: string;
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const input = (over: Record<string, unknown> = {}, chairOver: Record<string, unknown> = {}) => ({
    code: `T-${tag}`,
    name: `Testshire panel ${tag}`,
    forceName: 'Testshire Constabulary',
    chair: { name: 'Robin Chair', email: `robin.${tag.toLowerCase()}@testshire.police.example`, agencyName: 'Testshire SOC unit', ...chairOver },
    ...over,
  });

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    p = await createPanel(t.dataSource);
    const email = `admin.${tag.toLowerCase()}@example.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Admin', password_hash, true FROM app_user WHERE id = $2`,
      [email, p.users.CHAIR.userId],
    );
    admin = await t.signIn(email, TEST_PASSWORD);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('refuses a chair every one of them', async () => {
    for (const [query, variables] of [
      [CREATE, { i: input() }],
      [PANELS, {}],
      [USERS, {}],
      [DISABLE, { i: { id: p.panelId, disabled: true, version: 1 } }],
    ] as const) {
      const res = await t.gql(query, variables, { session: chair });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM panel WHERE code = $1`, [`T-${tag}`]);
    expect(n).toBe(0);
  });

  it('creates a panel with its chair’s police unit and its chair, invites the chair, audited, and lists it', async () => {
    const bad = await t.gql(CREATE, { i: input({ code: 'lower case' }) }, { session: admin });
    expect(bad.errors?.[0]?.message).toContain('2 to 20 capital letters, digits and hyphens');

    const res = await t.gql<{ createPanel: Created }>(CREATE, { i: input() }, { session: admin });
    expect(res.errors).toBeUndefined();
    const panel = res.data!.createPanel;
    expect(panel).toMatchObject({ code: `T-${tag}`, disabled: false, activeMembers: 1, chairs: ['Robin Chair'] });
    const [user] = await t.dataSource.query(
      `SELECT u.password_hash, a.kind, a.name AS agency, m.role FROM app_user u JOIN agency a ON a.id = u.agency_id
         JOIN membership m ON m.user_id = u.id WHERE u.email = $1`,
      [input().chair.email],
    );
    // No password until the chair accepts the invitation.
    expect(user).toEqual({ password_hash: null, kind: 'POLICE_UNIT', agency: 'Testshire SOC unit', role: 'CHAIR' });
    const audited: { entity_type: string }[] = await t.dataSource.query(`SELECT entity_type FROM audit_event WHERE panel_id = $1 ORDER BY id`, [
      panel.id,
    ]);
    expect(audited.map((a) => a.entity_type)).toEqual(['Panel', 'Agency', 'User', 'Membership', 'AccountToken']);
    const [invitation] = mail.to(input().chair.email);
    expect(invitation.subject).toContain(`You are invited to Testshire panel ${tag} on Sentinel`);
    expect(invitation.text).toContain('https://sentinel.example.test/account/invitation#');
    // The first chair has no chair to ask for a new link: the administrator who created the panel sends it.
    expect(invitation.text).toContain('ask the system administrator who created the panel to send you a new invitation');

    const listed = await t.gql<{ administeredPanels: { nodes: { id: string }[] } }>(PANELS, { s: tag }, { session: admin });
    expect(listed.data!.administeredPanels.nodes.map((n) => n.id)).toEqual([panel.id]);
  });

  it('refuses a code already taken, whatever its case, and writes nothing', async () => {
    const email = `second.${tag.toLowerCase()}@testshire.police.example`;
    const res = await t.gql(CREATE, { i: input({ name: 'Another panel' }, { email }) }, { session: admin });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
    expect(n).toBe(0);
  });

  it('names an existing account as chair without a second account, and refuses a disabled one', async () => {
    const res = await t.gql<{ createPanel: Created }>(
      CREATE,
      { i: input({ code: `U-${tag}` }, { email: p.users.POLICE_MEMBER.email.toUpperCase() }) },
      { session: admin },
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM membership WHERE user_id = $1`, [p.users.POLICE_MEMBER.userId]);
    expect(n).toBe(2);
    // They have a password already: they sign in as before, with no invitation.
    expect(mail.to(p.users.POLICE_MEMBER.email)).toEqual([]);

    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [p.users.OBSERVER.userId]);
    const refused = await t.gql(CREATE, { i: input({ code: `V-${tag}` }, { email: p.users.OBSERVER.email }) }, { session: admin });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chair.email' });
    const [{ panels }] = await t.dataSource.query(`SELECT count(*)::int AS panels FROM panel WHERE code = $1`, [`V-${tag}`]);
    expect(panels).toBe(0);
  });

  it('disables and enables a panel, audited, and a stale version is a conflict', async () => {
    const stale = await t.gql(DISABLE, { i: { id: p.panelId, disabled: true, version: 7 } }, { session: admin });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const off = await t.gql<{ setPanelDisabled: Created }>(DISABLE, { i: { id: p.panelId, disabled: true, version: 1 } }, { session: admin });
    expect(off.data?.setPanelDisabled).toMatchObject({ disabled: true, version: 2 });
    // Its members no longer act in it, from their next request: it is as if they were not on it.
    const viewerPanels = async (session: string) =>
      (
        (await t.gql<{ viewer: { memberships: { panelId: string }[] } }>(`{ viewer { memberships { panelId } } }`, {}, { session })).data?.viewer
          .memberships ?? []
      ).map((m) => m.panelId);
    expect(await viewerPanels(chair)).not.toContain(p.panelId);
    expect(await viewerPanels(admin)).not.toContain(p.panelId);
    // Their one panel gone, they hold no panel permission at all.
    const members = await t.gql(`query($p: ID!) { members(panelId: $p) { totalCount } }`, { p: p.panelId }, { session: chair });
    expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const on = await t.gql<{ setPanelDisabled: Created }>(DISABLE, { i: { id: p.panelId, disabled: false, version: 2 } }, { session: admin });
    expect(on.data?.setPanelDisabled).toMatchObject({ disabled: false, version: 3 });
    expect(await viewerPanels(chair)).toContain(p.panelId);
    const audited = await t.dataSource.query(
      `SELECT changes->'disabled' AS disabled FROM audit_event WHERE entity_type = 'Panel' AND entity_id = $1 AND action = 'UPDATE' ORDER BY id`,
      [p.panelId],
    );
    expect(audited).toEqual([{ disabled: [false, true] }, { disabled: [true, false] }]);
    const missing = await t.gql(DISABLE, { i: { id: randomUUID(), disabled: true, version: 1 } }, { session: admin });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists every account with the panels it sits on', async () => {
    const res = await t.gql<{ adminUsers: { nodes: { email: string; memberships: { panelCode: string; role: string }[] }[] } }>(
      USERS,
      { s: p.users.POLICE_MEMBER.email },
      { session: admin },
    );
    expect(res.errors).toBeUndefined();
    const [user] = res.data!.adminUsers.nodes;
    expect(user.email).toBe(p.users.POLICE_MEMBER.email);
    expect(user.memberships.map((m) => m.role).sort()).toEqual(['CHAIR', 'POLICE_MEMBER']);
  });

  it('says who is still invited: no password and never signed in, until they sign in', async () => {
    const invitee = `invitee.${randomUUID().slice(0, 8)}@example.test`;
    await t.dataSource.query(`INSERT INTO app_user (email, name) VALUES ($1, 'Invited Person')`, [invitee]);
    const status = async (email: string) =>
      (await t.gql<{ adminUsers: { nodes: { invited: boolean }[] } }>(USERS, { s: email }, { session: admin })).data!.adminUsers.nodes[0].invited;
    expect(await status(invitee)).toBe(true);
    expect(await status(p.users.POLICE_MEMBER.email)).toBe(false);
    // Signed in by single sign-on: a session, still no password.
    const [{ id }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [invitee]);
    await t.dataSource.query(`INSERT INTO user_session (user_id, token_hash, auth_method) VALUES ($1, $2, 'OIDC')`, [id, randomUUID()]);
    expect(await status(invitee)).toBe(false);
  });
});
