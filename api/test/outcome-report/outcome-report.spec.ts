import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedOutcomes } from './seed.js';
import { expectDates, expectDefaultFont, xlsxColumns } from '../records-io/export-support.js';
import { reportHtml } from '../../src/modules/outcome-report/outcome-report.document.js';
import type { OutcomeReportObject } from '../../src/modules/outcome-report/outcome-report.objects.js';

const FROM = '2026-01-01';
const TO = '2026-06-30';
const REPORT = `query($panelId: ID!, $from: String!, $to: String!) { outcomeReport(panelId: $panelId, from: $from, to: $to) {
  from to referralsReceived referralsAccepted operationsAdopted groupsMapped groupsDismantled nominalsIdentified vehiclesIdentified
  disruptions arrests charges custodialYears cashSeizedGbp drugsSeized { type kg } firearms rounds childrenSafeguarded adultsSafeguarded
  restraintOrders licencesReviewed licencesRevoked taxActions benefitActions premisesClosed vehiclesSeized
  scoreChanges { reference name before latest change } averageScoreChange
  agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative } } }`;
const EXPORT = `mutation($panelId: ID!, $from: String!, $to: String!, $format: OutcomeReportFormat!) {
  exportOutcomeReport(panelId: $panelId, from: $from, to: $to, format: $format) { filename contentType base64 } }`;

type Report = Record<string, unknown> & {
  scoreChanges: { reference: string; before: number | null; latest: number | null; change: number | null }[];
  agencies: {
    agencyId: string;
    tasksCompleted: number;
    disruptions: number;
    major: number;
    moderate: number;
    minor: number;
    noImpact: number;
    negative: number;
  }[];
  drugsSeized: { type: string; kg: number }[];
};

describe('outcome report', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  const one = async (text: string): Promise<number> => {
    const [row] = await t.dataSource.query(text, [p.panelId]);
    return Number(Object.values(row)[0]);
  };
  // London midnight at each end of the period, written independently of the service.
  const IN = (col: string) => `${col} >= timestamptz '2026-01-01 00:00 Europe/London' AND ${col} < timestamptz '2026-07-01 00:00 Europe/London'`;

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    await seedOutcomes(t.dataSource, p);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const report = async (session: string) => {
    const res = await t.gql<{ outcomeReport: Report }>(REPORT, { panelId: p.panelId, from: FROM, to: TO }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.outcomeReport;
  };

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(REPORT, { panelId: p.panelId, from: FROM, to: TO });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' reports exactly like missing ones", async () => {
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const res = await t.gql(REPORT, { panelId: p.panelId, from: FROM, to: TO }, { session: outsider });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives every figure equal to a direct SQL count over the same data', async () => {
    const r = await report(chair);
    const D = `FROM disruption WHERE panel_id = $1 AND occurred_on BETWEEN '${FROM}' AND '${TO}'`;
    expect(r.referralsReceived).toBe(await one(`SELECT count(*) FROM referral WHERE panel_id = $1 AND ${IN('created_at')}`));
    expect(r.referralsAccepted).toBe(await one(`SELECT count(*) FROM referral WHERE panel_id = $1 AND status = 'ACCEPTED' AND ${IN('decided_at')}`));
    expect(r.operationsAdopted).toBe(
      await one(`SELECT count(*) FROM referral r JOIN ocg o ON o.id = r.ocg_id
      WHERE r.panel_id = $1 AND r.status = 'ACCEPTED' AND ${IN('r.decided_at')} AND o.created_at >= r.created_at`),
    );
    expect(r.groupsMapped).toBe(
      await one(`SELECT count(*) FROM ocg WHERE panel_id = $1 AND ((date_mapped BETWEEN '${FROM}' AND '${TO}')
      OR (date_mapped IS NULL AND ${IN('created_at')}))`),
    );
    expect(r.groupsDismantled).toBe(
      await one(`SELECT count(*) FROM ocg WHERE panel_id = $1 AND status = 'DISMANTLED' AND ${IN('status_changed_at')}`),
    );
    expect(r.nominalsIdentified).toBe(await one(`SELECT count(*) FROM nominal WHERE panel_id = $1 AND ${IN('created_at')}`));
    expect(r.vehiclesIdentified).toBe(await one(`SELECT count(*) FROM vehicle WHERE panel_id = $1 AND ${IN('created_at')}`));
    expect(r.disruptions).toBe(await one(`SELECT count(*) ${D}`));
    const sums: [string, string][] = [
      ['arrests', 'arrests'],
      ['charges', 'charges'],
      ['custodialYears', 'custodial_years'],
      ['cashSeizedGbp', 'cash_seized_gbp'],
      ['firearms', 'firearms'],
      ['rounds', 'rounds'],
      ['childrenSafeguarded', 'children_safeguarded'],
      ['adultsSafeguarded', 'adults_safeguarded'],
      ['restraintOrders', 'restraint_orders'],
      ['licencesReviewed', 'licences_reviewed'],
      ['licencesRevoked', 'licences_revoked'],
      ['taxActions', 'tax_actions'],
      ['benefitActions', 'benefit_actions'],
      ['premisesClosed', 'premises_closed'],
      ['vehiclesSeized', 'vehicles_seized'],
    ];
    for (const [field, column] of sums) expect([field, r[field]]).toEqual([field, await one(`SELECT COALESCE(sum(${column}), 0) ${D}`)]);
    const drugs = await t.dataSource.query(
      `SELECT e->>'type' AS type, sum((e->>'kg')::numeric)::float8 AS kg
      FROM disruption d CROSS JOIN jsonb_array_elements(d.drugs_seized) e
      WHERE d.panel_id = $1 AND d.occurred_on BETWEEN '${FROM}' AND '${TO}' GROUP BY 1 ORDER BY 1`,
      [p.panelId],
    );
    expect(r.drugsSeized).toEqual(drugs);
    expect(r.drugsSeized.length).toBeGreaterThan(1);
    // Threat change: last score strictly before the first in-period disruption (or, for a group not scored until after
    // it, its first assessment), against the group's latest score.
    const changes = await t.dataSource.query(
      `SELECT o.reference,
        COALESCE((SELECT s.total FROM ocg_score s WHERE s.ocg_id = o.id AND s.scored_at < (SELECT min(occurred_on) FROM disruption d
           WHERE d.ocg_id = o.id AND d.occurred_on BETWEEN '${FROM}' AND '${TO}')::timestamp AT TIME ZONE 'Europe/London'
         ORDER BY s.scored_at DESC LIMIT 1),
         (SELECT s.total FROM ocg_score s WHERE s.ocg_id = o.id ORDER BY s.scored_at LIMIT 1)) AS before,
        (SELECT s.total FROM ocg_score s WHERE s.ocg_id = o.id ORDER BY s.scored_at DESC LIMIT 1) AS latest
      FROM ocg o WHERE o.panel_id = $1 AND EXISTS (SELECT 1 FROM disruption d WHERE d.ocg_id = o.id AND d.occurred_on BETWEEN '${FROM}' AND '${TO}')
      ORDER BY o.reference`,
      [p.panelId],
    );
    expect(r.scoreChanges.map(({ reference, before, latest }) => ({ reference, before, latest }))).toEqual(changes);
    expect(r.scoreChanges.find((g) => g.reference === 'O-3')).toMatchObject({ before: 35, latest: 25, change: -10 });
    // Every disrupted group with a scoring history has a score before.
    expect(r.scoreChanges.filter((g) => g.latest !== null && g.before === null)).toEqual([]);
    const known = changes.filter((c: { before: number | null }) => c.before !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(r.averageScoreChange).toBeCloseTo(
      known.reduce((a: number, c: { before: number; latest: number }) => a + c.latest - c.before, 0) / known.length,
      2,
    );
    for (const a of r.agencies) {
      expect(a.tasksCompleted).toBe(
        await one(`SELECT count(*) FROM task WHERE panel_id = $1 AND agency_id = '${a.agencyId}' AND status = 'COMPLETED' AND ${IN('closed_at')}`),
      );
      expect(a.disruptions).toBe(await one(`SELECT count(*) ${D} AND agency_id = '${a.agencyId}'`));
      for (const [field, impact] of [
        ['major', 'MAJOR'],
        ['moderate', 'MODERATE'],
        ['minor', 'MINOR'],
        ['noImpact', 'NONE'],
        ['negative', 'NEGATIVE'],
      ] as const) {
        expect(a[field]).toBe(await one(`SELECT count(*) ${D} AND agency_id = '${a.agencyId}' AND impact = '${impact}'`));
      }
    }
    expect(r.agencies.reduce((n, a) => n + a.tasksCompleted, 0)).toBeGreaterThan(0);
  });

  it('gives a partner without personal-data cover the same figures and no personal fields', async () => {
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    const asObserver = await report(observer);
    expect(asObserver).toEqual(await report(chair));
    expect(JSON.stringify(asObserver)).not.toMatch(/Smith|Jones/);
  });

  it('exports CSV and XLSX with the marking first', async () => {
    const csv = await t.gql<{ exportOutcomeReport: { filename: string; contentType: string; base64: string } }>(
      EXPORT,
      { panelId: p.panelId, from: FROM, to: TO, format: 'CSV' },
      { session: chair },
    );
    expect(csv.errors).toBeUndefined();
    const text = Buffer.from(csv.data!.exportOutcomeReport.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('OFFICIAL-SENSITIVE');
    expect(text).toContain('Arrests');
    // NONE is an assessed impact (the action did not affect the group), never written as "None impact".
    expect(text).toContain('Disruptions: no impact');
    expect(text).not.toMatch(/none impact/i);
    const xlsx = await t.gql<{ exportOutcomeReport: { filename: string; base64: string } }>(
      EXPORT,
      { panelId: p.panelId, from: FROM, to: TO, format: 'XLSX' },
      { session: chair },
    );
    expect(xlsx.errors).toBeUndefined();
    expect(xlsx.data!.exportOutcomeReport.filename).toBe(`outcome-report-${FROM}-to-${TO}.xlsx`);
    expect(Buffer.from(xlsx.data!.exportOutcomeReport.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    // The period's ends are date cells (the first two rows), the figures numbers.
    const values = (await xlsxColumns(xlsx.data!.exportOutcomeReport, ['Value'])).Value;
    expectDates(values.slice(0, 2), [FROM, TO]);
    expect(values.slice(2).every((c) => typeof c.value === 'number' && !c.isDate)).toBe(true);
    expectDefaultFont(xlsx.data!.exportOutcomeReport);
  });

  it('heads the impact columns of the printed report with phrases that read on their own', async () => {
    const html = reportHtml((await report(chair)) as unknown as OutcomeReportObject, 'Panel');
    const heads = [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(expect.arrayContaining(['Major impact', 'Moderate impact', 'Minor impact', 'No impact', 'Negative impact']));
    expect(heads).not.toContain('None');
  });

  it('prints a PDF of the marked HTML report', async () => {
    const pdf = await t.gql<{ exportOutcomeReport: { contentType: string; base64: string } }>(
      EXPORT,
      { panelId: p.panelId, from: FROM, to: TO, format: 'PDF' },
      { session: chair },
    );
    expect(pdf.errors).toBeUndefined();
    expect(pdf.data!.exportOutcomeReport.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.data!.exportOutcomeReport.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
