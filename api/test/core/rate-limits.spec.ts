import { randomUUID } from 'node:crypto';
import { LIMITS, RATE_LIMITS } from '@sentinel/shared';
import type { RequestContext } from '../../src/core/access/request-context.js';
import { ExpensiveWork } from '../../src/core/limits/expensive-work.js';
import { PdfService } from '../../src/modules/minutes/pdf.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { itWithRedis, processPair } from '../support/redis-pair.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const EXPORT = `mutation($p: ID!, $format: OutcomeReportFormat!) {
  exportOutcomeReport(panelId: $p, from: "2026-01-01", to: "2026-06-30", format: $format) { contentType } }`;
/** As many searches as one request may hold: each root field is counted, so aliases do not get round the limit. */
const SEARCHES = `query($p: ID!) { ${Array.from({ length: LIMITS.rootFieldsMax }, (_, i) => `s${i}: search(panelId: $p, text: "smith") { namesSearched }`).join(' ')} }`;

const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);

/** Sends searches until `count` have been counted, in requests of up to rootFieldsMax; gives the last answer. */
async function searchTimes(t: TestApp, panelId: string, session: string, count: number): Promise<GqlResult> {
  let last: GqlResult = {};
  for (let done = 0; done < count; done += LIMITS.rootFieldsMax) {
    const n = Math.min(LIMITS.rootFieldsMax, count - done);
    const query =
      n === LIMITS.rootFieldsMax
        ? SEARCHES
        : `query($p: ID!) { ${Array.from({ length: n }, (_, i) => `s${i}: search(panelId: $p, text: "smith") { namesSearched }`).join(' ')} }`;
    last = await t.gql(query, { p: panelId }, { session });
  }
  return last;
}

describe('files and reports being prepared at once, per person', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  /** Holds `n` of a person's places until the returned function is called. */
  const occupy = (userId: string, n: number) => {
    const work = t.app.get(ExpensiveWork);
    const ctx = { viewer: { userId }, ip: '10.0.0.1' } as unknown as RequestContext;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const running = Array.from({ length: n }, () => work.run(ctx, 'DOCUMENT', () => held));
    return async () => {
      release();
      await Promise.all(running);
    };
  };

  it(`refuses a person's export while ${LIMITS.expensiveWorkPerUser} of theirs are being prepared, and not another person's`, async () => {
    const release = occupy(p.users.CHAIR.userId, LIMITS.expensiveWorkPerUser);
    try {
      const refused = await t.gql(EXPORT, { p: p.panelId, format: 'CSV' }, { session: chair });
      expect(codes(refused)).toEqual(['RATE_LIMITED']);
      expect(refused.errors?.[0]?.message).toMatch(/wait for one to finish/i);
      const other = await t.gql(EXPORT, { p: p.panelId, format: 'CSV' }, { session: coordinator });
      expect(other.errors).toBeUndefined();
    } finally {
      await release();
    }
    // Each finished piece of work gives its place back.
    expect((await t.gql(EXPORT, { p: p.panelId, format: 'CSV' }, { session: chair })).errors).toBeUndefined();
  });

  it('refuses the third of three PDFs asked for at once by one person, and prints the other two', async () => {
    // The printer is held until the refusal is seen, so that the three are truly at once however fast it prints.
    const pdf = t.app.get(PdfService);
    const print = pdf.fromHtml;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    pdf.fromHtml = async () => {
      await held;
      return Buffer.from('%PDF-1.7');
    };
    try {
      const three = [1, 2, 3].map(() => t.gql(EXPORT, { p: p.panelId, format: 'PDF' }, { session: chair }));
      const first = await Promise.race(three);
      expect(codes(first)).toEqual(['RATE_LIMITED']);
      release();
      const answers = (await Promise.all(three)).map((r) => codes(r)[0] ?? 'OK').sort();
      expect(answers).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    } finally {
      release();
      pdf.fromHtml = print;
    }
  });

  it('refuses a PDF document over HTTP with 429 while the person has work being prepared', async () => {
    const request = (await import('supertest')).default;
    const release = occupy(p.users.CHAIR.userId, LIMITS.expensiveWorkPerUser);
    try {
      const meeting = randomUUID();
      const res = await request(t.app.getHttpServer()).get(`/meetings/${meeting}/minutes.pdf`).set('Cookie', chair);
      expect(res.status).toBe(429);
      expect(res.text).toMatch(/wait for one to finish/i);
    } finally {
      await release();
    }
  });
});

describe('request rate limits, per person', () => {
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  it(`refuses search past ${RATE_LIMITS.search.limit} a window, counting each person apart`, async () => {
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const within = await searchTimes(t, p.panelId, chair, RATE_LIMITS.search.limit);
    expect(within.errors).toBeUndefined();
    const over = await t.gql(`query($p: ID!) { search(panelId: $p, text: "smith") { namesSearched } }`, { p: p.panelId }, { session: chair });
    expect(codes(over)).toEqual(['RATE_LIMITED']);
    expect(over.errors?.[0]?.message).toMatch(/more than \d+ searches/);
    // Another person, and the same person's other work, are not held back.
    const other = await t.gql(`query($p: ID!) { search(panelId: $p, text: "smith") { namesSearched } }`, { p: p.panelId }, { session: police });
    expect(other.errors).toBeUndefined();
    expect((await t.gql(`query($p: ID!) { members(panelId: $p) { totalCount } }`, { p: p.panelId }, { session: chair })).errors).toBeUndefined();
  });

  it('counts a person across their sessions', async () => {
    const first = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    const second = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    await searchTimes(t, p.panelId, first, RATE_LIMITS.search.limit);
    const over = await t.gql(`query($p: ID!) { search(panelId: $p, text: "smith") { namesSearched } }`, { p: p.panelId }, { session: second });
    expect(codes(over)).toEqual(['RATE_LIMITED']);
  });
});

describe('request rate limits shared by several API processes through Redis', () => {
  const pair = processPair();
  itWithRedis('counts one person the same on either process', async () => {
    const { a, b, p } = pair;
    const chair = await a.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const half = Math.ceil(RATE_LIMITS.search.limit / 2);
    expect((await searchTimes(a, p.panelId, chair, half)).errors).toBeUndefined();
    expect((await searchTimes(b, p.panelId, chair, RATE_LIMITS.search.limit - half)).errors).toBeUndefined();
    // Neither process alone has seen the limit; together they have.
    const over = await a.gql(`query($p: ID!) { search(panelId: $p, text: "smith") { namesSearched } }`, { p: p.panelId }, { session: chair });
    expect(codes(over)).toEqual(['RATE_LIMITED']);
    const onB = await b.gql(`query($p: ID!) { search(panelId: $p, text: "smith") { namesSearched } }`, { p: p.panelId }, { session: chair });
    expect(codes(onB)).toEqual(['RATE_LIMITED']);
  });
});
