import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SUBJECT_ACCESS_REPORT } from './canaries.js';
import { ROUTE_TABLE } from './channels.js';
import { officeText, pdfText } from './files.js';
import { Ledger, pool } from './ledger.js';
import { seedWorld, type World } from './seed.js';
import { signInAll, VIEWERS, type Sessions, type ViewerDef } from './viewers.js';

/** What a document route answers when it answers at all, so each format is read as what it is. */
const TYPES = { html: 'text/html', pdf: 'application/pdf', docx: 'wordprocessingml' } as const;

interface Route {
  path: string;
  methods: string[];
}

/** The HTTP routes the app has, read from Express's router (Nest's controllers and anything mounted beside them). */
function httpRoutes(t: TestApp): Route[] {
  const express = t.app.getHttpAdapter().getInstance() as { router?: { stack: unknown[] }; _router?: { stack: unknown[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack
    .map((layer) => (layer as { route?: { path: string; methods: Record<string, boolean> } }).route)
    .filter((r): r is { path: string; methods: Record<string, boolean> } => Boolean(r))
    .map((r) => ({
      path: r.path,
      methods: Object.keys(r.methods)
        .filter((m) => r.methods[m])
        .map((m) => m.toUpperCase()),
    }));
}

/**
 * Every document route (the agenda pack as HTML and PDF, the minutes as PDF and Word) for every meeting of both
 * panels, and every assessment's PDF, fetched as every viewer. PDFs are read through their own text (files.ts), Word files through their
 * XML. The route list comes from the app itself: a GET route missing from ROUTE_TABLE fails the suite.
 */
describe('canary leak suite: documents', () => {
  let t: TestApp;
  let w: World;
  let sessions: Sessions;
  let ledger: Ledger;
  let driven = false;

  beforeAll(async () => {
    t = await startTestApp();
    await t.listen();
    w = await seedWorld(t);
    sessions = await signInAll(t, w);
    ledger = new Ledger('documents', w.book);
  }, 60_000);

  afterAll(async () => {
    if (driven) ledger.write();
    await t?.close();
  });

  it('knows every GET route of the app (GraphQL aside), and every route it knows exists', () => {
    const routes = httpRoutes(t).filter((r) => r.methods.includes('GET'));
    const paths = routes.map((r) => r.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !ROUTE_TABLE[p] && p !== '/graphql')).toEqual([]);
    expect(Object.keys(ROUTE_TABLE).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('puts no canary a viewer may not read into any document, in any format', async () => {
    const jobs: { v: ViewerDef; route: string; record: string }[] = [];
    const wrongType: string[] = [];
    const idsOf = (route: string) => w.ids[ROUTE_TABLE[route].of ?? 'meeting'];
    for (const route of Object.keys(ROUTE_TABLE)) {
      const records = route.includes(':id') ? (ROUTE_TABLE[route].ids ?? Object.keys(idsOf(route))) : ['-'];
      for (const record of records) for (const v of VIEWERS) jobs.push({ v, route, record });
    }
    // Three at a time: the API prints at most three PDFs at once.
    await pool(jobs, 3, async ({ v, route, record }) => {
      const path = route.replace(':id', idsOf(route)[record] ?? '');
      let req = request(t.app.getHttpServer()).get(path).set('X-Forwarded-For', '10.254.0.1');
      const cookie = sessions.get(v.key);
      if (cookie) req = req.set('Cookie', cookie);
      const res = await req.buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      const body = res.body as Buffer;
      const type = String(res.headers['content-type'] ?? '');
      const text = type.startsWith('application/pdf') ? pdfText(body) : type.includes('wordprocessingml') ? officeText(body) : body.toString('utf8');
      const kind = ROUTE_TABLE[route].kind;
      if (res.status === 200 && kind !== 'none' && !type.includes(TYPES[kind])) wrongType.push(`${route} for ${record}: ${type}`);
      ledger.check(
        v.key,
        v.profile,
        `GET ${route}`,
        `${ROUTE_TABLE[route].of ?? 'meeting'} ${record}, HTTP ${res.status}`,
        `${JSON.stringify(res.headers)}\n${text}`,
      );
    });
    driven = true;
    expect(ledger.leakReport()).toEqual([]);
    expect(wrongType).toEqual([]);
  }, 240_000);

  it('shows each member the items they may read in every format (the search reads real files)', () => {
    expect(driven).toBe(true);
    const token = (record: string, field: string) => w.book.all.find((c) => c.record === record && c.field === field)!.token;
    const expected: [string, string, string][] = [];
    for (const v of VIEWERS.filter((x) => x.profile.panel)) {
      const p = v.profile.panel!;
      expected.push([v.key, 'GET /meetings/:id/pack', token(`agenda item ${p}.next.open`, 'title')]);
      expected.push([v.key, 'GET /meetings/:id/pack.pdf', token(`agenda item ${p}.next.open`, 'title')]);
      expected.push([v.key, 'GET /meetings/:id/minutes.pdf', token(`agenda item ${p}.past.open`, 'notes')]);
      expected.push([v.key, 'GET /meetings/:id/minutes.docx', token(`agenda item ${p}.past.open`, 'notes')]);
    }
    expected.push(['dwp', 'GET /meetings/:id/pack', token('agenda item A.next.restrictedDwp', 'title')]);
    expected.push(['dwp', 'GET /meetings/:id/minutes.docx', token('agenda item A.past.restrictedDwp', 'notes')]);
    expected.push(['hmrc', 'GET /meetings/:id/pack.pdf', token('agenda item A.next.restrictedHmrc', 'title')]);
    const assessment = 'GET /assessments/:id/assessment.pdf';
    for (const v of ['chair', 'hmrc', 'housing'] as const) expected.push([v, assessment, token('assessment A (published)', 'annotations.summary')]);
    expected.push(['chairB', assessment, token('assessment B (published)', 'annotations.summary')]);
    expected.push(['coordinator', assessment, token('assessment A (draft revision)', 'annotations.trends')]);
    // The officer's subject-access report of A's main nominal: the record whole, and everything linked to it.
    for (const [record, field] of [
      ['nominal A.main', 'surname'],
      ['nominal A.main', 'aliases'],
      ['nominal A.main', 'dateOfBirth'],
      ['ocg A.main', 'name'],
      ['vehicle A', 'make'],
      ['place A.home', 'label'],
      ['intelligence A.nominalP', 'text'],
      ['disruption A', 'description'],
      ['task A.hmrc', 'title'],
      ['task A.dwp', 'title'],
      ['user dpo', 'name'],
    ])
      expected.push(['dataProtectionOfficer', SUBJECT_ACCESS_REPORT, token(record, field)]);
    const missing = expected.filter(([viewer, channel, tok]) => !ledger.seenBy(viewer as ViewerDef['key'], (c) => c === channel).has(tok));
    expect(missing).toEqual([]);
  });
});
