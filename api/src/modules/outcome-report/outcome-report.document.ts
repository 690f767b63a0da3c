import { DISRUPTION_IMPACT_PHRASES, DISRUPTION_IMPACTS } from '@sentinel/shared';
import { dayLabel, documentPage, esc, table } from '../minutes/document-html.js';
import { day, type Table } from '../records-io/spreadsheet.js';
import type { OutcomeReportObject } from './outcome-report.objects.js';

/** How "before" is read for a group the panel scored only after disrupting it (see outcome-report.sql.ts). */
const FIRST_ASSESSMENT_NOTE = 'A group first scored after its first disruption in the period is compared from its first assessment.';

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const num = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** The headline figures, in the order the report and both spreadsheets show them. */
export function headlineFigures(r: OutcomeReportObject): [string, string, number][] {
  return [
    ['Referrals', 'Referrals received', r.referralsReceived],
    ['Referrals', 'Referrals accepted', r.referralsAccepted],
    ['Referrals', 'Operations adopted', r.operationsAdopted],
    ['Groups', 'Groups mapped', r.groupsMapped],
    ['Groups', 'Groups dismantled', r.groupsDismantled],
    ['Identified', 'Nominals identified', r.nominalsIdentified],
    ['Identified', 'Vehicles identified', r.vehiclesIdentified],
    ['Disruptions', 'Disruptions recorded', r.disruptions],
    ['Justice', 'Arrests', r.arrests],
    ['Justice', 'Charges', r.charges],
    ['Justice', 'Custodial sentences (years)', r.custodialYears],
    ['Seizures', 'Cash seized (GBP)', r.cashSeizedGbp],
    ['Seizures', 'Firearms seized', r.firearms],
    ['Seizures', 'Rounds of ammunition seized', r.rounds],
    ['Seizures', 'Vehicles seized', r.vehiclesSeized],
    ['Safeguarding', 'Children safeguarded', r.childrenSafeguarded],
    ['Safeguarding', 'Adults safeguarded', r.adultsSafeguarded],
    ['Civil and regulatory', 'Restraint orders', r.restraintOrders],
    ['Civil and regulatory', 'Licences reviewed', r.licencesReviewed],
    ['Civil and regulatory', 'Licences revoked', r.licencesRevoked],
    ['Civil and regulatory', 'Tax actions', r.taxActions],
    ['Civil and regulatory', 'Benefit actions', r.benefitActions],
    ['Civil and regulatory', 'Premises closed', r.premisesClosed],
  ];
}

/** One long table (section, measure, item, value) so a spreadsheet user can filter and pivot it. */
export function reportTable(r: OutcomeReportObject): Table {
  const rows: Table['rows'] = [
    ['Period', 'From', null, day(r.from)],
    ['Period', 'To', null, day(r.to)],
  ];
  for (const [section, measure, value] of headlineFigures(r)) rows.push([section, measure, null, value]);
  for (const d of r.drugsSeized) rows.push(['Drugs seized (kg)', 'Drugs seized (kg)', d.type, d.kg]);
  for (const g of r.scoreChanges) {
    rows.push(['Threat score change', 'Score before', `${g.reference} ${g.name}`, g.before]);
    rows.push(['Threat score change', 'Latest score', `${g.reference} ${g.name}`, g.latest]);
  }
  rows.push(['Threat score change', 'Average change', null, r.averageScoreChange]);
  for (const a of r.agencies) {
    rows.push(['Agency contribution', 'Tasks completed', a.agencyName, a.tasksCompleted]);
    rows.push(['Agency contribution', 'Disruptions', a.agencyName, a.disruptions]);
    for (const [key, n] of [
      ['MAJOR', a.major],
      ['MODERATE', a.moderate],
      ['MINOR', a.minor],
      ['NONE', a.noImpact],
      ['NEGATIVE', a.negative],
    ] as const) {
      rows.push(['Agency contribution', `Disruptions: ${DISRUPTION_IMPACT_PHRASES[key].toLowerCase()}`, a.agencyName, n]);
    }
  }
  return { header: ['Section', 'Measure', 'Item', 'Value'], rows };
}

/** The printable page: one table per section, each with a caption, and the marking on every page. */
export function reportHtml(r: OutcomeReportObject, panelName: string): string {
  const title = `Outcome report: ${panelName}, ${dayLabel(r.from)} to ${dayLabel(r.to)}`;
  const figures = headlineFigures(r).map(([s, m, v]) => [m, m.startsWith('Cash') ? gbp.format(v) : num.format(v), s]);
  const fmt = (v: number | null) => (v === null ? 'Not scored' : num.format(v));
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">Figures for ${esc(dayLabel(r.from))} to ${esc(dayLabel(r.to))} inclusive. Counts and group-level figures only.</p>`,
    table('Headline figures', ['Measure', 'Figure', 'Section'], figures, 'No figures.'),
    '<h2>Drugs seized</h2>',
    table(
      'Drugs seized by type (kg)',
      ['Type', 'Kilograms'],
      r.drugsSeized.map((d) => [d.type, num.format(d.kg)]),
      'No drugs were recorded as seized in the period.',
    ),
    '<h2>Change in threat for the groups disrupted</h2>',
    `<p>Average change: ${esc(fmt(r.averageScoreChange))}. A fall is a reduction in threat. ${esc(FIRST_ASSESSMENT_NOTE)}</p>`,
    table(
      'Threat score before the first disruption in the period and now',
      ['Group', 'Before', 'Latest', 'Change'],
      r.scoreChanges.map((g) => [`${g.reference} ${g.name}`, fmt(g.before), fmt(g.latest), fmt(g.change)]),
      'No group was disrupted in the period.',
    ),
    '<h2>Contribution by agency</h2>',
    table(
      'Tasks completed and disruptions by impact, by agency',
      ['Agency', 'Tasks completed', 'Disruptions', ...DISRUPTION_IMPACTS.map((i) => DISRUPTION_IMPACT_PHRASES[i])],
      r.agencies.map((a) => [a.agencyName, a.tasksCompleted, a.disruptions, a.major, a.moderate, a.minor, a.noImpact, a.negative]),
      'No agencies.',
    ),
  ].join('\n');
  return documentPage(title, body);
}
