import { TEST_PASSWORD } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { CanaryBook, manager, member } from './canaries.js';
import { seedMatches } from './seed-matches.js';
import { seedMeetings, type MeetingIds } from './seed-meetings.js';
import { seedPeople, type People } from './seed-people.js';
import { seedRecords, type RecordIds, type SearchProbe } from './seed-records.js';

/**
 * The canary world: panel A (six agencies, every role) and panel B, where every text field that someone must
 * not read carries a canary (see canaries.ts for the rules). Records are written through the owner connection
 * (`t.dataSource`), as the services would leave them; assessments go through the API as the chair, because
 * their content is generated.
 */
export interface World extends People {
  book: CanaryBook;
  ids: RecordIds &
    MeetingIds & {
      assessment: Record<string, string>;
      membership: Record<string, string>;
      agency: Record<string, string>;
      /** Sides of hits between the panels (seed-matches.ts). */
      match: Record<string, string>;
    };
  probes: SearchProbe[];
}

export async function seedWorld(t: TestApp): Promise<World> {
  const book = new CanaryBook();
  const people = await seedPeople(t.dataSource, book);
  const { ids: records, probes } = await seedRecords(t.dataSource, book, people);
  const match = await seedMatches(t.dataSource, book, people, records);
  const meetings = await seedMeetings(t.dataSource, book, people, records);
  const membership = Object.fromEntries(Object.entries(people.users).map(([k, u]) => [k, u.membershipId]));
  const world: World = { ...people, book, probes, ids: { ...records, ...meetings, assessment: {}, membership, agency: people.agencies, match } };
  await seedAssessments(t, world);
  return world;
}

async function seedAssessments(t: TestApp, w: World): Promise<void> {
  type A = { id: string; version: number; editVersion: number };
  const call = async <T>(session: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await t.gql<Record<string, T>>(query, variables, { session });
    if (res.errors || !res.data) throw new Error(`assessment seeding failed: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data)[0];
  };
  const annotate = (session: string, a: A, section: string, text: string) =>
    call<A>(session, 'mutation($i: AnnotateAssessmentInput!) { annotateAssessment(input: $i) { id version editVersion } }', {
      i: { id: a.id, section, text, editVersion: a.editVersion },
    });
  for (const panel of ['A', 'B'] as const) {
    const session = await t.signIn(w.users[panel === 'A' ? 'chair' : 'chairB'].email, TEST_PASSWORD);
    const panelId = panel === 'A' ? w.panelA : w.panelB;
    let a = await call<A>(session, 'mutation($p: ID!) { generateAssessment(panelId: $p) { id version editVersion } }', { p: panelId });
    a = await annotate(session, a, 'summary', w.book.mint(`assessment ${panel} (published)`, 'annotations.summary', member(panel)));
    a = await call<A>(session, 'mutation($id: ID!, $v: Int!) { publishAssessment(id: $id, version: $v) { id version editVersion } }', {
      id: a.id,
      v: a.version,
    });
    w.ids.assessment[`${panel}.published`] = a.id;
    if (panel === 'A') {
      let draft = await call<A>(session, 'mutation($id: ID!) { reviseAssessment(id: $id) { id version editVersion } }', { id: a.id });
      draft = await annotate(session, draft, 'trends', w.book.mint('assessment A (draft revision)', 'annotations.trends', manager('A')));
      w.ids.assessment['A.draft'] = draft.id;
    }
    await t.gql('mutation { signOut }', {}, { session });
  }
}
