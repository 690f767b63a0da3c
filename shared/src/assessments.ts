import { formatChange, formatCount, formatDay, formatGbp, formatMonth, formatPercent, formatPeriod } from './format.js';
import { PROTECTIVE_MARKING } from './limits.js';
import { EMERGING_THREAT_STATUS_LABELS, type EmergingThreatStatus } from './meetings.js';
import { CRIME_TYPE_LABELS, DISRUPTION_IMPACT_PHRASES, type CrimeType, type DisruptionImpact } from './ocgs.js';

/** The sections of a six-monthly assessment, in the order the document shows them; the chair may note each. */
export const ASSESSMENT_SECTIONS = ['summary', 'trends', 'crimeTypes', 'emergingThreats', 'highHarmPlaces', 'outcomes'] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];
export const ASSESSMENT_SECTION_TITLES: Record<AssessmentSection, string> = {
  summary: 'Summary of the period',
  trends: 'Groups and threat scores by month',
  crimeTypes: 'Crime types: current, emerging and predicted',
  emergingThreats: 'Emerging threats raised',
  highHarmPlaces: 'High-harm places',
  outcomes: 'Outcomes of disruption activity',
};
/** The label of the chair's note on a section, as the draft's form shows it and a CONFLICT names it. */
export function assessmentNoteLabel(section: AssessmentSection): string {
  return `Chair’s note on ${ASSESSMENT_SECTION_TITLES[section].toLowerCase()}`;
}
export const ASSESSMENT_STATUS_LABELS = { DRAFT: 'Draft', PUBLISHED: 'Published' } as const;

/** A table of a document: every cell already in words; `numeric` marks the columns set right-aligned. */
export interface DocumentTable {
  caption: string;
  head: string[];
  numeric: boolean[];
  rows: string[][];
  empty: string;
}

export interface AssessmentDocumentSection {
  key: AssessmentSection;
  title: string;
  /** What the section counts and the order of its rows, in sentences. */
  intro: string[];
  tables: DocumentTable[];
  chairNote: string | null;
}

export interface AssessmentDocument {
  marking: string;
  title: string;
  period: string;
  panel: string;
  status: string;
  /** The period's headline figures, label and value. */
  summary: [string, string][];
  sections: AssessmentDocumentSection[];
}

export interface AssessmentDocumentInput {
  panelName: string;
  periodFrom: string;
  periodTo: string;
  version: number;
  status: keyof typeof ASSESSMENT_STATUS_LABELS;
  publishedAt: string | Date | null;
  content: Record<string, unknown>;
  annotations: { section: string; text: string }[];
}

type Figures = Record<string, number | string | null | undefined>;
interface Content {
  periods?: { from: string; to: string }[];
  trends?: { month: string; averageScore: number | null; groups: number; newGroups: number }[];
  crimeTypes?: { crimeType: string; counts?: number[]; previous: number; current: number; change: number; predicted: number }[];
  predictedLabel?: string;
  emergingThreats?: {
    raised: number;
    discussedOrTasked: number;
    coverage: number | null;
    items: { id: string; title: string; crimeType: string | null; area: string | null; status: string; raisedOn?: string }[];
  };
  highHarmPlaces?: { count: number; byArea: { area: string; count: number }[] };
  outcomes?: { current?: Figures; previous?: Figures };
}

const PERIOD_NAMES = ['Earlier period', 'Previous period', 'Assessed period'];
const IMPACTS: DisruptionImpact[] = ['MAJOR', 'MODERATE', 'MINOR', 'NONE', 'NEGATIVE'];
/** The outcome measures, in the order of the outcome report. */
const OUTCOME_MEASURES: [string, string, (v: unknown) => string][] = [
  ['Disruptions recorded', 'disruptions', formatCount],
  ...IMPACTS.map((i): [string, string, (v: unknown) => string] => [
    `Disruptions with ${DISRUPTION_IMPACT_PHRASES[i].toLowerCase()}`,
    i.toLowerCase(),
    formatCount,
  ]),
  ['Arrests', 'arrests', formatCount],
  ['Charges', 'charges', formatCount],
  ['Custodial sentences (years)', 'custodial_years', formatCount],
  ['Cash seized', 'cash_seized_gbp', formatGbp],
  ['Firearms seized', 'firearms', formatCount],
  ['Rounds of ammunition seized', 'rounds', formatCount],
  ['Children safeguarded', 'children_safeguarded', formatCount],
  ['Adults safeguarded', 'adults_safeguarded', formatCount],
  ['Restraint orders', 'restraint_orders', formatCount],
];

const crimeLabel = (c: string | null | undefined) => (c ? (CRIME_TYPE_LABELS[c as CrimeType] ?? c) : 'Not recorded');
const byWords = (a: string, b: string) => a.localeCompare(b, 'en-GB');
const sentence = (s: string) => (s ? `${s.charAt(0).toUpperCase()}${s.slice(1)}${s.endsWith('.') ? '' : '.'}` : '');

/**
 * The six-monthly assessment as the document the panel publishes: every value in words, the rows of each table in
 * a stated, stable order. The page and the PDF are both drawn from this, so they never say different things.
 */
export function assessmentDocument(input: AssessmentDocumentInput): AssessmentDocument {
  const c = input.content as Content;
  const periods = c.periods ?? [];
  const trends = [...(c.trends ?? [])].sort((a, b) => byWords(a.month, b.month));
  const threats = c.emergingThreats ?? { raised: 0, discussedOrTasked: 0, coverage: null, items: [] };
  const places = c.highHarmPlaces ?? { count: 0, byArea: [] };
  const current = c.outcomes?.current ?? {};
  const previous = c.outcomes?.previous ?? {};
  const note = (key: AssessmentSection) => input.annotations.find((a) => a.section === key)?.text || null;
  const assessedMonths = trends.filter((t) => t.month >= input.periodFrom.slice(0, 7));
  const last = trends.at(-1);
  const withPrevious = (now: string, before: string) => `${now} (previous period ${before})`;

  const summary: [string, string][] = [
    ['Groups open at the end of the period', formatCount(last?.groups)],
    ['New groups mapped in the period', formatCount(assessedMonths.reduce((n, t) => n + t.newGroups, 0))],
    ['Average threat score at the end of the period', last?.averageScore == null ? 'No group scored' : formatCount(last.averageScore)],
    ['Emerging threats raised', formatCount(threats.raised)],
    ['Emerging threats discussed or tasked', `${formatCount(threats.discussedOrTasked)} (${formatPercent(threats.coverage)})`],
    ['High-harm places', formatCount(places.count)],
    ['Disruptions recorded', withPrevious(formatCount(current.disruptions), formatCount(previous.disruptions))],
    ['Arrests', withPrevious(formatCount(current.arrests), formatCount(previous.arrests))],
    ['Cash seized', withPrevious(formatGbp(current.cash_seized_gbp), formatGbp(previous.cash_seized_gbp))],
  ];

  const crime = [...(c.crimeTypes ?? [])].sort(
    (a, b) => b.current - a.current || b.previous - a.previous || byWords(crimeLabel(a.crimeType), crimeLabel(b.crimeType)),
  );
  const hasRaisedOn = threats.items.some((t) => t.raisedOn);
  // Older assessments hold the threats in the order raised but not the date: that order is kept.
  const threatRows = threats.items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => byWords(a.t.raisedOn ?? '', b.t.raisedOn ?? '') || a.i - b.i)
    .map(({ t }) => [
      t.title,
      ...(hasRaisedOn ? [formatDay(t.raisedOn)] : []),
      crimeLabel(t.crimeType),
      t.area || 'Not recorded',
      EMERGING_THREAT_STATUS_LABELS[t.status as EmergingThreatStatus] ?? t.status,
    ]);
  const unknownArea = (a: string) => (a === 'Unknown' ? 1 : 0);
  const areaRows = [...places.byArea]
    .sort((a, b) => unknownArea(a.area) - unknownArea(b.area) || b.count - a.count || byWords(a.area, b.area))
    .map((p) => [p.area === 'Unknown' ? 'Area not recorded' : p.area, formatCount(p.count)]);
  const periodHead = (i: number) => (periods[i] ? `${PERIOD_NAMES[i]} (${formatPeriod(periods[i].from, periods[i].to)})` : PERIOD_NAMES[i]);

  const section = (key: AssessmentSection, intro: string[], tables: DocumentTable[]): AssessmentDocumentSection => ({
    key,
    title: ASSESSMENT_SECTION_TITLES[key],
    intro: intro.filter(Boolean),
    tables,
    chairNote: note(key),
  });

  return {
    marking: PROTECTIVE_MARKING,
    title: 'Six-monthly assessment',
    period: formatPeriod(input.periodFrom, input.periodTo),
    panel: input.panelName,
    status:
      input.status === 'PUBLISHED'
        ? `Version ${input.version}, published ${formatDay(input.publishedAt)}`
        : `Version ${input.version}, draft: not yet published`,
    summary,
    sections: [
      section(
        'summary',
        ['The assessed period is compared with the two six-month periods before it, oldest first.'],
        [
          {
            caption: 'The periods compared',
            head: ['Period', 'From', 'To'],
            numeric: [false, false, false],
            rows: periods.map((p, i) => [PERIOD_NAMES[i] ?? `Period ${i + 1}`, formatDay(p.from), formatDay(p.to)]),
            empty: 'No periods recorded.',
          },
        ],
      ),
      section(
        'trends',
        [
          'Month by month over the three periods, oldest first. A group counts as open in a month when it was mapped by the month’s end and not closed before the month began; the average threat score is of each scored group’s latest score at the month’s end.',
        ],
        [
          {
            caption: 'Groups and threat scores by month',
            head: ['Month', 'Groups open', 'New groups mapped', 'Average threat score'],
            numeric: [false, true, true, true],
            rows: trends.map((t) => [
              formatMonth(t.month),
              formatCount(t.groups),
              formatCount(t.newGroups),
              t.averageScore == null ? 'No group scored' : formatCount(t.averageScore),
            ]),
            empty: 'No months recorded.',
          },
        ],
      ),
      section(
        'crimeTypes',
        [
          'The number of groups active in each period that have the crime type. Crime types with the most groups in the assessed period come first, then by the previous period, then alphabetically.',
          sentence(c.predictedLabel ?? ''),
        ],
        [
          {
            caption: 'Groups by crime type',
            head: ['Crime type', ...PERIOD_NAMES, 'Change on the previous period', 'Predicted next period'],
            numeric: [false, true, true, true, true, true],
            rows: crime.map((r) => [
              crimeLabel(r.crimeType),
              formatCount(r.counts?.[0]),
              formatCount(r.previous),
              formatCount(r.current),
              formatChange(r.change),
              formatCount(r.predicted),
            ]),
            empty: 'No group has a crime type recorded.',
          },
        ],
      ),
      section(
        'emergingThreats',
        [
          `${formatCount(threats.raised)} raised in the assessed period; ${formatCount(threats.discussedOrTasked)} (${formatPercent(threats.coverage)}) discussed at a meeting or tasked.`,
          threats.items.length ? 'In the order they were raised.' : '',
        ],
        [
          {
            caption: 'Emerging threats raised in the period',
            head: ['Threat', ...(hasRaisedOn ? ['Raised'] : []), 'Crime type', 'Area', 'Status'],
            numeric: [false, ...(hasRaisedOn ? [false] : []), false, false, false],
            rows: threatRows,
            empty: 'No emerging threat was raised in the period.',
          },
        ],
      ),
      section(
        'highHarmPlaces',
        [
          `${formatCount(places.count)} places are marked high-harm. Areas with the most come first, then alphabetically; places with no area recorded come last.`,
        ],
        [
          {
            caption: 'High-harm places by area',
            head: ['Area', 'High-harm places'],
            numeric: [false, true],
            rows: areaRows,
            empty: 'No place is marked high-harm.',
          },
        ],
      ),
      section(
        'outcomes',
        ['Disruptions recorded in the previous and the assessed period, and what they achieved, in the order of the outcome report.'],
        [
          {
            caption: 'Outcomes by period',
            head: ['Measure', periodHead(1), periodHead(2)],
            numeric: [false, true, true],
            rows: OUTCOME_MEASURES.map(([label, key, format]) => [label, format(previous[key]), format(current[key])]),
            empty: 'No outcomes recorded.',
          },
        ],
      ),
    ],
  };
}
