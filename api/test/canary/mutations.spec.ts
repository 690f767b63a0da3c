import type { GraphQLSchema } from 'graphql';
import { nextIp, type TestApp } from '../support/test-app.js';
import type { CanaryClient } from './client.js';
import { canarySuite } from './suite.js';
import { MUTATION_TABLE } from './channels.js';
import { Ledger, pool } from './ledger.js';
import { PROBES, TABLES, type Target, type TargetKind } from './mutation-probes.js';
import type { World } from './seed.js';
import { documentsFor } from './selection.js';
import { VIEWERS, type Sessions, type ViewerDef } from './viewers.js';

/**
 * Every mutation that addresses a record, aimed by every viewer at a record they may not touch: one of the
 * other panel (panel A for those who belong to none, and for panel A's data protection officer, who may touch
 * none of its records), or, where the kind has them, one of their own panel that
 * their agency or role may not read (another agency's task or referral, an item restricted to another agency).
 * The answer, data or error, must carry no canary the viewer may not read. This file's world is its own, so a
 * probe that wrongly succeeds changes nothing the other files read.
 */
describe('canary leak suite: mutations aimed at records out of reach', () => {
  let t: TestApp;
  let client: CanaryClient;
  let w: World;
  let sessions: Sessions;
  let schema: GraphQLSchema;
  let ledger: Ledger;
  const suite = canarySuite('mutation-probes');
  beforeAll(() => ({ t, client, w, sessions, schema, ledger } = suite));

  it('has a probe for every mutation the table marks as one, and no other', () => {
    const marked = Object.keys(MUTATION_TABLE)
      .filter((m) => MUTATION_TABLE[m] === 'probe')
      .sort();
    expect(Object.keys(PROBES).sort()).toEqual(marked);
  });

  /** The ids of one kind of record, with the panel each is in. */
  function records(kind: TargetKind): { key: string; id: string; panel: 'A' | 'B' }[] {
    if (kind === 'panel')
      return [
        { key: 'A', id: w.panelA, panel: 'A' },
        { key: 'B', id: w.panelB, panel: 'B' },
      ];
    const ids: Record<string, string> =
      kind === 'item' ? w.ids.item : kind === 'threat' ? w.ids.threat : (w.ids as unknown as Record<string, Record<string, string>>)[kind];
    return Object.entries(ids).map(([key, id]) => {
      const panel =
        kind === 'membership' ? w.users[key].panel : kind === 'agency' ? (key.endsWith('_B') ? 'B' : 'A') : (key.slice(0, 1) as 'A' | 'B');
      return { key, id, panel };
    });
  }

  /** The record of a kind this viewer may not touch: their own panel's, where its rule keeps it from them; else the other panel's. */
  function targetFor(v: ViewerDef, kind: TargetKind, channel: string): { key: string; id: string; panel: 'A' | 'B' } {
    const own = v.profile.panel ?? null;
    const foreign = own === 'A' ? 'B' : 'A';
    const label: Partial<Record<TargetKind, (key: string) => [string, string]>> = {
      task: (key) => [`task ${key}`, 'title'],
      referral: (key) => [`referral ${key}`, 'summary'],
      item: (key) => [`agenda item ${key}`, 'title'],
    };
    const all = records(kind);
    if (own && label[kind]) {
      const hidden = all.find((r) => {
        if (r.panel !== own) return false;
        const [record, field] = label[kind]!(r.key);
        const c = w.book.all.find((x) => x.record === record && x.field === field);
        return c && !c.rule.allows(v.profile, channel);
      });
      if (hidden) return hidden;
    }
    return all.find((r) => r.panel === foreign)!;
  }

  async function target(kind: TargetKind, r: { id: string; panel: 'A' | 'B' }): Promise<Target> {
    // Some kinds have no version (a hit/no-hit check): their calls take none.
    const [row] = await t.dataSource.query(`SELECT to_jsonb(r)->'version' AS version FROM ${TABLES[kind]} r WHERE id = $1`, [r.id]);
    const p = r.panel;
    return {
      id: r.id,
      version: row?.version ?? 1,
      panelId: p === 'A' ? w.panelA : w.panelB,
      near: {
        agency: w.agencies[p === 'A' ? 'POLICE' : 'POLICE_B'],
        ocg: w.ids.ocg[`${p}.main`],
        nominal: w.ids.nominal[`${p}.main`],
        user: w.users[p === 'A' ? 'chair' : 'chairB'].userId,
        item: w.ids.item[`${p}.next.open`],
        threat: w.ids.threat[`${p}.main`],
        meeting: w.ids.meeting[`${p}.next`],
      },
    };
  }

  it('answers no mutation with a canary the caller may not read', async () => {
    const jobs: { v: ViewerDef; name: string; key: string; doc: string }[] = [];
    const outcomes = new Map<string, string[]>();
    for (const [name, probe] of Object.entries(PROBES)) {
      for (const v of VIEWERS) {
        const r = targetFor(v, probe.target, `Mutation.${name}`);
        const vars = probe.vars(await target(probe.target, r));
        // One document, so the mutation runs once: two levels deep, or one when two would be over the cost limit.
        let docs = documentsFor(schema, 'mutation', name, vars, 2);
        if (docs.length > 1) docs = documentsFor(schema, 'mutation', name, vars, 1);
        jobs.push({ v, name, key: `${probe.target} ${r.key}`, doc: docs[0] });
      }
    }
    await pool(jobs, 4, async ({ v, name, key, doc }) => {
      const res = await client.gql(doc, {}, sessions.get(v.key));
      ledger.check(v.key, v.profile, `Mutation.${name}`, key, JSON.stringify(res));
      const code = res.errors?.[0]?.extensions?.code ?? (res.data ? 'ANSWERED' : 'NONE');
      outcomes.set(code, [...(outcomes.get(code) ?? []), `${v.key} ${name}`]);
    });
    suite.driven = true;
    console.log(`canary mutation-probes: ${[...outcomes].map(([code, list]) => `${code} ${list.length}`).join(', ')}`);
    expect(ledger.leakReport()).toEqual([]);
    // The probes are deep: the chair, aimed at the other panel's records, is refused at the record itself, so
    // every probe got past its input's validation to the access check (a shallow probe would prove nothing).
    const refused = new Set([...(outcomes.get('NOT_FOUND') ?? []), ...(outcomes.get('FORBIDDEN') ?? [])]);
    expect(Object.keys(PROBES).filter((name) => !refused.has(`chair ${name}`))).toEqual([]);
  }, 180_000);

  it('answers the account fields alike for every viewer and every address, with no canary', async () => {
    const accountFields = Object.keys(MUTATION_TABLE).filter((m) => MUTATION_TABLE[m] === 'account');
    expect(accountFields.sort()).toEqual(['acceptInvitation', 'requestPasswordReset', 'resetPassword']);
    const answers = new Map<string, Set<string>>();
    const note = (name: string, body: string) => answers.set(name, new Set([...(answers.get(name) ?? []), body]));
    const emails = Object.values(w.users).map((u) => u.email);
    for (const v of VIEWERS) {
      const session = sessions.get(v.key);
      for (const email of emails) {
        // Each from its own client address, so the per-address limit never answers in place of the field.
        const res = await client.gql(`mutation { requestPasswordReset(input: { email: ${JSON.stringify(email)} }) }`, {}, session, nextIp());
        ledger.check(v.key, v.profile, 'Mutation.requestPasswordReset', email, JSON.stringify(res));
        note('requestPasswordReset', JSON.stringify(res));
      }
      for (const name of ['acceptInvitation', 'resetPassword']) {
        const doc = `mutation { ${name}(input: { token: "${'A'.repeat(43)}", newPassword: "a long enough passphrase" }) { id name email memberships { panelId role } } }`;
        const res = await client.gql(doc, {}, session);
        ledger.check(v.key, v.profile, `Mutation.${name}`, 'unknown link', JSON.stringify(res));
        note(name, JSON.stringify(res));
      }
    }
    expect(ledger.leakReport()).toEqual([]);
    // One answer per field, whoever asks and whichever address: nothing tells one person or panel from another.
    expect([...answers].map(([name, set]) => [name, set.size])).toEqual([
      ['requestPasswordReset', 1],
      ['acceptInvitation', 1],
      ['resetPassword', 1],
    ]);
  }, 180_000);
});
