import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Client } from 'graphql-ws';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient, type Collected } from '../support/ws-client.js';
import { item, member, person, raisedAt, task } from './canaries.js';
import { Ledger } from './ledger.js';
import { seedWorld, type World } from './seed.js';
import { documentsFor, rootFields } from './selection.js';
import { endSessions, signInAll, VIEWERS, type Sessions, type ViewerKey } from './viewers.js';

/** The arguments each subscription is opened with: the ids of both panels. A subscription missing here fails. */
const SUBSCRIPTION_TABLE: Record<string, (w: World) => { label: string; args: Record<string, unknown> }[]> = {
  taskChanged: (w) => [
    { label: 'panel A', args: { panelId: w.panelA } },
    { label: 'panel B', args: { panelId: w.panelB } },
  ],
  memberChanged: (w) => [
    { label: 'panel A', args: { panelId: w.panelA } },
    { label: 'panel B', args: { panelId: w.panelB } },
  ],
  meetingLive: (w) => [
    { label: 'meeting A.next', args: { meetingId: w.ids.meeting['A.next'] } },
    { label: 'meeting B.next', args: { meetingId: w.ids.meeting['B.next'] } },
  ],
};

interface Stream {
  viewer: ViewerKey;
  channel: string;
  label: string;
  got: Collected<unknown>;
}

/**
 * Every subscription, opened by every viewer on both panels' ids, with the full selection; then events are made
 * (task updates, an allocation, new members, a live meeting moving onto a restricted item and minuting it) and
 * every message that arrives is searched. The signed-out and disabled viewers open their sockets while still
 * signed in, and their sessions end before the events: whatever reaches them afterwards is a leak. They also try
 * again after the end, with their dead cookies.
 */
describe('canary leak suite: subscriptions', () => {
  let t: TestApp;
  let url: string;
  let w: World;
  let sessions: Sessions;
  let schema: GraphQLSchema;
  let ledger: Ledger;
  const clients: Client[] = [];
  const streams: Stream[] = [];
  let driven = false;

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    w = await seedWorld(t);
    sessions = await signInAll(t, w, { endNow: false });
    schema = t.app.get(GraphQLSchemaHost).schema;
    ledger = new Ledger('subscriptions', w.book);
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) await c.dispose();
    if (driven) ledger.write();
    await t?.close();
  });

  const must = async <T = Record<string, unknown>>(viewer: ViewerKey, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await t.gql<T>(query, variables, { session: sessions.get(viewer) });
    if (res.errors || !res.data) throw new Error(`${viewer}: ${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  const open = (viewer: ViewerKey, cookie: string | undefined, suffix = '') => {
    const client = wsClient(url, cookie);
    clients.push(client);
    for (const field of rootFields(schema, 'subscription')) {
      for (const set of SUBSCRIPTION_TABLE[field]?.(w) ?? []) {
        for (const doc of documentsFor(schema, 'subscription', field, set.args)) {
          streams.push({ viewer, channel: `Subscription.${field}`, label: `${set.label}${suffix}`, got: collect(client, doc, {}) });
        }
      }
    }
  };

  it('opens every subscription of the schema', () => {
    const fields = rootFields(schema, 'subscription');
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((f) => !SUBSCRIPTION_TABLE[f])).toEqual([]);
  });

  it('sends no viewer a canary it may not read, before or after their session ends', async () => {
    // Two sockets each: the subscribers of one viewer share each event's answer (live-answers.ts), so every shared
    // answer is searched as well.
    for (const v of VIEWERS) {
      open(v.key, sessions.get(v.key));
      open(v.key, sessions.get(v.key), ', second socket');
    }
    await new Promise((r) => setTimeout(r, 800));
    await endSessions(t, w, sessions);
    open('endedSession', sessions.get('endedSession'), ', opened after sign-out');
    open('disabled', sessions.get('disabled'), ', opened after disabling');
    await new Promise((r) => setTimeout(r, 500));
    const mint = (record: string, field: string, rule: Parameters<typeof w.book.mint>[2]) => w.book.mint(record, field, rule);

    // Tasks: an update by DWP on its own task, an edit by the chair, a new allocation naming a nominal, panel B's.
    await must('dwp', 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id } }', {
      i: { taskId: w.ids.task['A.dwp'], text: mint('task A.dwp (live)', 'updates.text', task('A', 'DWP')) },
    });
    const [police] = await t.dataSource.query(`SELECT version FROM task WHERE id = $1`, [w.ids.task['A.police']]);
    await must('chair', 'mutation($i: EditTaskInput!) { editTask(input: $i) { id } }', {
      i: {
        id: w.ids.task['A.police'],
        version: police.version,
        agencyId: w.agencies.POLICE,
        title: mint('task A.police (live)', 'title', task('A', 'POLICE')),
      },
    });
    await must('chair', 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id } }', {
      i: {
        panelId: w.panelA,
        agencyId: w.agencies.HMRC,
        nominalId: w.ids.nominal['A.main'],
        title: mint('task for HMRC (live)', 'title', task('A', 'HMRC')),
      },
    });
    await must('chairB', 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id } }', {
      i: { taskId: w.ids.task['B.main'], text: mint('task B.main (live)', 'updates.text', task('B', 'POLICE_B')) },
    });

    // Members: a new member of each panel.
    for (const [viewer, panel, panelId, agency] of [
      ['chair', 'A', w.panelA, w.agencies.DWP],
      ['chairB', 'B', w.panelB, w.agencies.HMRC_B],
    ] as const) {
      const name = mint(`new member of ${panel}`, 'name', person(panel));
      await must(viewer, 'mutation($i: AddMemberInput!) { addMember(input: $i) { member { id } } }', {
        i: { panelId, agencyId: agency, role: 'PARTNER_MEMBER', name: `New ${name}`, email: `${name.toLowerCase()}@example.test` },
      });
    }

    // The live meeting: opened, moved onto the DWP-only item, minuted, a task raised there, back to an open item.
    const version = async (key: string) => (await t.dataSource.query(`SELECT version FROM agenda_item WHERE id = $1`, [w.ids.item[key]]))[0].version;
    for (const [viewer, panel] of [
      ['chair', 'A'],
      ['chairB', 'B'],
    ] as const) {
      await must(viewer, 'mutation($id: ID!) { openMeeting(meetingId: $id) { status } }', { id: w.ids.meeting[`${panel}.next`] });
    }
    const meetingId = w.ids.meeting['A.next'];
    const restricted = 'A.next.restrictedDwp';
    await must('chair', 'mutation($m: ID!, $i: ID!) { setCurrentItem(meetingId: $m, itemId: $i) { status } }', {
      m: meetingId,
      i: w.ids.item[restricted],
    });
    await must('chair', 'mutation($i: RecordItemMinutesInput!) { recordItemMinutes(input: $i) { id } }', {
      i: {
        itemId: w.ids.item[restricted],
        version: await version(restricted),
        notes: `<p>${mint(`agenda item ${restricted} (live)`, 'notes', item('A', ['DWP']))}</p>`,
      },
    });
    await must('chair', 'mutation($i: RaiseTaskAtItemInput!) { raiseTaskAtItem(input: $i) { id } }', {
      i: {
        itemId: w.ids.item[restricted],
        agencyId: w.agencies.DWP,
        title: mint(`task raised live at ${restricted}`, 'title', raisedAt('A', 'DWP', ['DWP'])),
      },
    });
    await must('chair', 'mutation($m: ID!, $i: ID!) { setCurrentItem(meetingId: $m, itemId: $i) { status } }', {
      m: meetingId,
      i: w.ids.item['A.next.open'],
    });
    const decisions: Partial<Record<ViewerKey, string>> = {};
    for (const [viewer, key, panel] of [
      ['chair', 'A.next.open', 'A'],
      ['chairB', 'B.next.open', 'B'],
    ] as const) {
      decisions[viewer] = mint(`agenda item ${key} (live)`, 'decisions', member(panel));
      await must(viewer, 'mutation($i: RecordItemMinutesInput!) { recordItemMinutes(input: $i) { id } }', {
        i: { itemId: w.ids.item[key], version: await version(key), decisions: `<p>${decisions[viewer]}</p>` },
      });
    }
    // Until the last changes have reached the viewers they are for, then a moment for anything sent to others.
    const arrived = (viewer: ViewerKey) =>
      streams.some(
        (s) => s.viewer === viewer && s.channel === 'Subscription.meetingLive' && JSON.stringify(s.got.events).includes(decisions[viewer]!),
      );
    await waitFor(() => arrived('chair') && arrived('chairB'), 10_000);
    await new Promise((r) => setTimeout(r, 1000));

    for (const s of streams) {
      const profile = VIEWERS.find((v) => v.key === s.viewer)!.profile;
      for (const e of s.got.events) ledger.check(s.viewer, profile, s.channel, s.label, JSON.stringify(e));
      // Errors arrive as GraphQL errors, Errors or close events, whose fields are not all enumerable.
      const errors = s.got.errors.map((e) => (e && typeof e === 'object' ? JSON.stringify(e, Object.getOwnPropertyNames(e)) : String(e)));
      ledger.check(s.viewer, profile, s.channel, `${s.label} (errors)`, errors.join('\n'));
    }
    driven = true;
    expect(ledger.leakReport()).toEqual([]);
  }, 120_000);

  it('delivers to each member the changes they may read (the streams were live)', () => {
    expect(driven).toBe(true);
    const token = (record: string, field: string) => w.book.all.find((c) => c.record === record && c.field === field)!.token;
    const expected: [ViewerKey, string, string][] = [
      ['chair', 'Subscription.taskChanged', token('task A.dwp (live)', 'updates.text')],
      ['dwp', 'Subscription.taskChanged', token('task A.dwp (live)', 'updates.text')],
      ['observer', 'Subscription.taskChanged', token('task A.police (live)', 'title')],
      ['hmrc', 'Subscription.taskChanged', token('task for HMRC (live)', 'title')],
      ['hmrc', 'Subscription.taskChanged', token('nominal A.main', 'surname')],
      ['chairB', 'Subscription.taskChanged', token('task B.main (live)', 'updates.text')],
      ['housing', 'Subscription.memberChanged', token('new member of A', 'name')],
      ['chairB', 'Subscription.memberChanged', token('new member of B', 'name')],
      ['dataProtectionOfficer', 'Subscription.memberChanged', token('new member of A', 'name')],
      ['dwp', 'Subscription.meetingLive', token('agenda item A.next.restrictedDwp (live)', 'notes')],
      ['coordinator', 'Subscription.meetingLive', token('agenda item A.next.restrictedDwp (live)', 'notes')],
      ['observer', 'Subscription.meetingLive', token('agenda item A.next.open (live)', 'decisions')],
      ['chairB', 'Subscription.meetingLive', token('agenda item B.next.open (live)', 'decisions')],
    ];
    const missing = expected.filter(([viewer, channel, tok]) => !ledger.seenBy(viewer, (c) => c === channel).has(tok));
    expect(missing).toEqual([]);
    // The second socket of each viewer was sent the same, shared or not.
    const onSecond = ([viewer, channel, tok]: [ViewerKey, string, string]) =>
      streams.some(
        (s) => s.viewer === viewer && s.channel === channel && s.label.endsWith(', second socket') && JSON.stringify(s.got.events).includes(tok),
      );
    expect(expected.filter((e) => !onSecond(e))).toEqual([]);
  });
});
