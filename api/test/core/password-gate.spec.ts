import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import type { GraphQLObjectType } from 'graphql';
import { createAdmin } from '../members/member-fixtures.js';
import { createMeetings, type MeetingFixture } from '../minutes/minutes-fixtures.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { probeField } from '../support/probe.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';
import { collect, wsClient } from '../support/ws-client.js';

/** All that a person with a temporary password may do: see who they are, change it, or leave. */
const OPEN_FIELDS = ['viewer', 'signIn', 'signInProviders', 'signOut', 'changePassword'];
const NEW_PASSWORD = 'a long and private passphrase';

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('the temporary-password gate', () => {
  let t: TestApp;
  let url: string;
  let p: PanelFixture;
  let f: MeetingFixture;
  let adminEmail: string;
  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    p = await createPanel(t.dataSource);
    f = await createMeetings(t.dataSource, p);
    adminEmail = await createAdmin(t.dataSource);
    await t.dataSource.query(`UPDATE app_user SET must_change_password = true WHERE id = $1 OR email = $2`, [p.users.CHAIR.userId, adminEmail]);
  }, 60_000);
  afterAll(() => t.close());

  const schema = () => t.app.get(GraphQLSchemaHost).schema;
  const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
  const gated = (type: GraphQLObjectType | null | undefined) => fieldsOf(type).filter((field) => !OPEN_FIELDS.includes(field.name));

  /** The document routes, read from the HTTP router so that a route added later is covered too. */
  function documentRoutes(): string[] {
    const express = t.app.getHttpAdapter().getInstance() as { router: { stack: RouteLayer[] } };
    // Single sign-on's routes sign people in, so they are as open as signIn.
    return express.router.stack
      .filter((layer) => layer.route?.methods.get && layer.route.path.includes('/:') && !layer.route.path.startsWith('/auth/oidc/'))
      .map((layer) => layer.route!.path);
  }

  const chairAndAdmin = () => [p.users.CHAIR.email, adminEmail];

  it('refuses every query and mutation but the open ones, before any argument is looked at', async () => {
    for (const email of chairAndAdmin()) {
      const session = await t.signIn(email, TEST_PASSWORD, nextIp());
      const answers: [string, string | undefined][] = [];
      for (const [kind, type] of [
        ['query', schema().getQueryType()],
        ['mutation', schema().getMutationType()],
      ] as const) {
        for (const field of gated(type)) {
          const res = await t.gql(`${kind} { ${probeField(field)} }`, {}, { session });
          answers.push([field.name, res.errors?.[0]?.extensions?.code]);
        }
      }
      expect(answers.map(([name]) => name)).toEqual(
        expect.arrayContaining(['members', 'addMember', 'setReminderPreference', 'agencies', 'changeMemberRole']),
      );
      expect(answers.filter(([, code]) => code !== 'PASSWORD_CHANGE_REQUIRED')).toEqual([]);
    }
  });

  it('refuses every subscription', async () => {
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    const client = wsClient(url, session);
    const answers: [string, unknown][] = [];
    for (const field of fieldsOf(schema().getSubscriptionType())) {
      const sub = collect<unknown>(client, `subscription { ${probeField(field)} }`, {});
      // A subscription that the gate let through stays open: give up on it after a while.
      let timer: NodeJS.Timeout | undefined;
      const settled = await Promise.race([sub.done.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 2000)))]);
      clearTimeout(timer);
      sub.stop();
      const first = sub.errors[0] as { extensions?: { code?: string } } | undefined;
      answers.push([field.name, settled ? first?.extensions?.code : 'STILL OPEN']);
    }
    await client.dispose();
    expect(answers.map(([name]) => name)).toEqual(expect.arrayContaining(['memberChanged']));
    expect(answers.filter(([, code]) => code !== 'PASSWORD_CHANGE_REQUIRED')).toEqual([]);
  });

  it('answers 403 on every document route', async () => {
    const routes = documentRoutes();
    expect(routes).toEqual(
      expect.arrayContaining(['/meetings/:id/pack', '/meetings/:id/pack.pdf', '/meetings/:id/minutes.pdf', '/meetings/:id/minutes.docx']),
    );
    for (const email of chairAndAdmin()) {
      const session = await t.signIn(email, TEST_PASSWORD, nextIp());
      for (const route of routes) {
        const meetingId = route.includes('minutes') ? f.previousId : f.meetingId;
        const res = await request(t.app.getHttpServer())
          .get(route.replace(/:[A-Za-z]+/g, meetingId))
          .set('Cookie', session);
        expect([route, res.status]).toEqual([route, 403]);
        expect(res.text).not.toContain('Panel meeting');
      }
    }
  });

  it('lets the open fields answer, and everything else once the password is changed', async () => {
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    const viewer = await t.gql<{ viewer: { mustChangePassword: boolean; memberships: { role: string }[] } }>(
      '{ viewer { mustChangePassword memberships { role } } }',
      {},
      { session },
    );
    expect(viewer.data?.viewer).toEqual({ mustChangePassword: true, memberships: [{ role: 'CHAIR' }] });

    const second = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    expect((await t.gql('mutation { signOut }', {}, { session: second })).data).toEqual({ signOut: true });
    expect((await t.gql('{ viewer { id } }', {}, { session: second })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const members = `query($panelId: ID!) { members(panelId: $panelId) { totalCount } }`;
    expect((await t.gql(members, { panelId: p.panelId }, { session })).errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.gql(
      'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      { i: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { session },
    );
    expect(changed).toEqual({ data: { changePassword: true } });

    const after = await t.gql<{ members: { totalCount: number } }>(members, { panelId: p.panelId }, { session });
    expect(after.errors).toBeUndefined();
    expect(after.data?.members.totalCount).toBeGreaterThanOrEqual(5);
    const pack = await request(t.app.getHttpServer()).get(`/meetings/${f.meetingId}/pack`).set('Cookie', session);
    expect(pack.status).toBe(200);
    expect(pack.text).toContain('Panel meeting, March');
  });
});
