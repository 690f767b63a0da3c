import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { conflictReviewRow } from '../test/conflict-review';
import { renderRoute, viewerMock } from '../test/render';
import { AnnotateAssessmentMutation } from '../modules/assessments/graphql/annotate-assessment.mutation';
import { AssessmentQuery } from '../modules/assessments/graphql/assessment.query';

// Figures as the API stores them: enum values, a share, pounds, yyyy-mm dates, rows in the order the database gave.
const content = {
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  periods: [
    { from: '2025-01-01', to: '2025-06-30' },
    { from: '2025-07-01', to: '2025-12-31' },
    { from: '2026-01-01', to: '2026-06-30' },
  ],
  trends: [
    { month: '2026-06', averageScore: 30, groups: 3, newGroups: 1 },
    { month: '2026-05', averageScore: 40, groups: 3, newGroups: 0 },
  ],
  crimeTypes: [
    { crimeType: 'COUNTY_LINES_CCE', counts: [0, 1, 1], previous: 1, current: 1, change: 0, predicted: 1.7 },
    { crimeType: 'DRUGS_SUPPLY', counts: [0, 1, 3], previous: 1, current: 3, change: 2, predicted: 4.3 },
  ],
  predictedLabel: 'predicted: a straight line through the last three periods, not a forecast of intelligence',
  emergingThreats: {
    raised: 3,
    discussedOrTasked: 2,
    coverage: 0.67,
    items: [
      { id: 't2', title: 'Vape shops', crimeType: null, area: 'Westgate', status: 'ON_AGENDA', raisedOn: '2026-05-01' },
      { id: 't1', title: 'Cash couriers', crimeType: 'MONEY_LAUNDERING', area: null, status: 'DISCUSSED', raisedOn: '2026-02-05' },
    ],
  },
  highHarmPlaces: {
    count: 3,
    byArea: [
      { area: 'Unknown', count: 1 },
      { area: 'Westgate', count: 1 },
      { area: 'Eastfield', count: 2 },
    ],
  },
  outcomes: {
    current: { disruptions: 4, major: 1, cash_seized_gbp: 12500, rounds: 60, arrests: 6 },
    previous: { disruptions: 1, major: 1, cash_seized_gbp: 9999.5, rounds: 0, arrests: 9 },
  },
};

const assessment = (status: 'DRAFT' | 'PUBLISHED', editVersion = 1, outcomesNote = 'Strong Pursue results.') => ({
  __typename: 'AssessmentObject',
  id: 'a-1',
  panelId: 'panel-1',
  periodFrom: '2026-01-01',
  periodTo: '2026-06-30',
  version: 1,
  editVersion,
  status,
  content: JSON.stringify(content),
  annotations: [{ __typename: 'AssessmentAnnotationObject', section: 'outcomes', text: outcomesNote }],
  publishedAt: status === 'PUBLISHED' ? '2026-07-05T09:00:00.000Z' : null,
  createdAt: '2026-07-01T09:00:00.000Z',
  updatedAt: '2026-07-01T09:00:00.000Z',
});
const answer = (status: 'DRAFT' | 'PUBLISHED', editVersion = 1, outcomesNote?: string): MockLink.MockedResponse => ({
  request: { query: AssessmentQuery, variables: { id: 'a-1' } },
  result: { data: { assessment: assessment(status, editVersion, outcomesNote) } },
});

const rowsOf = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row');

describe('the six-monthly assessment page', () => {
  it('reads as the published document: labels, pounds, percentages, dates in words, rows in order, marked, with its PDF', async () => {
    renderRoute('/reports/assessments/a-1', [viewerMock({ role: 'PARTNER_MEMBER' }), answer('PUBLISHED')]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Six-monthly assessment: 1 January 2026 to 30 June 2026' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Panel 1', { selector: '.govuk-caption-l' })).toBeInTheDocument();
    expect(screen.getByText('Version 1, published 5 July 2026.')).toBeInTheDocument();
    expect(screen.getByTestId('document-marking-top')).toHaveTextContent('OFFICIAL-SENSITIVE');
    expect(screen.getByTestId('document-marking-bottom')).toHaveTextContent('OFFICIAL-SENSITIVE');
    expect(screen.getByRole('link', { name: 'Download the assessment (PDF)' })).toHaveAttribute('href', '/assessments/a-1/assessment.pdf');

    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextSibling;
    expect(figure('Emerging threats discussed or tasked')).toHaveTextContent('2 (67%)');
    expect(figure('Cash seized')).toHaveTextContent('£12,500 (previous period £9,999.50)');

    expect(rowsOf('Groups and threat scores by month').map((r) => r.textContent)).toEqual([
      'MonthGroups openNew groups mappedAverage threat score',
      'May 2026304' + '0',
      'June 2026313' + '0',
    ]);
    const crime = rowsOf('Groups by crime type');
    expect(crime[1]).toHaveTextContent('Drugs supply013+24.3');
    expect(crime[2]).toHaveTextContent('County lines and child criminal exploitation011No change1.7');
    const threats = rowsOf('Emerging threats raised in the period');
    expect(threats[1]).toHaveTextContent('Cash couriers5 February 2026Money launderingNot recordedDiscussed');
    expect(threats[2]).toHaveTextContent('Vape shops1 May 2026Not recordedWestgateOn the agenda');
    expect(rowsOf('High-harm places by area').map((r) => r.textContent)).toEqual([
      'AreaHigh-harm places',
      'Eastfield2',
      'Westgate1',
      'Area not recorded1',
    ]);
    const outcomes = rowsOf('Outcomes by period');
    expect(outcomes[0]).toHaveTextContent('MeasurePrevious period (1 July 2025 to 31 December 2025)Assessed period (1 January 2026 to 30 June 2026)');
    expect(
      within(screen.getByRole('table', { name: 'Outcomes by period' })).getByRole('rowheader', { name: 'Cash seized' }).parentElement,
    ).toHaveTextContent('Cash seized£9,999.50£12,500');
    expect(screen.getByRole('rowheader', { name: 'Rounds of ammunition seized' }).parentElement).toHaveTextContent('060');
    expect(screen.getByText('Strong Pursue results.')).toBeInTheDocument();

    const page = document.body.textContent ?? '';
    for (const raw of ['ON_AGENDA', 'DISCUSSED', 'DRUGS_SUPPLY', 'MONEY_LAUNDERING', '0.67', '2026-', 'gbp', 'Coverage', 'Unknown'])
      expect(page).not.toContain(raw);
  });

  it('offers the chair the draft PDF and a note on each section', async () => {
    renderRoute('/reports/assessments/a-1', [viewerMock({ role: 'CHAIR' }), answer('DRAFT')]);
    expect(await screen.findByRole('link', { name: 'Download the assessment (PDF, draft)' })).toBeInTheDocument();
    expect(screen.getByText('Version 1, draft: not yet published.')).toBeInTheDocument();
    expect(screen.getByLabelText('Chair’s note on outcomes of disruption activity')).toHaveValue('Strong Pursue results.');
  });

  it('keeps a note written while someone else saved one on the same section beside theirs, and saves it again on the newer draft', async () => {
    const user = userEvent.setup();
    const note = (editVersion: number) => ({
      request: {
        query: AnnotateAssessmentMutation,
        variables: { input: { id: 'a-1', editVersion, section: 'outcomes', text: 'Pursue results, and two closures' } },
      },
    });
    const saved = jest.fn(() => ({ data: { annotateAssessment: assessment('DRAFT', 4, 'Pursue results, and two closures') } }));
    const message =
      'This assessment was changed by someone else since you opened it: Chair’s note on outcomes of disruption activity changed. Check their changes beside yours, then save again.';
    renderRoute('/reports/assessments/a-1', [
      viewerMock({ role: 'CHAIR' }),
      answer('DRAFT', 1),
      { ...note(1), result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['outcomes'] } }] } },
      answer('DRAFT', 3, 'Outcomes below target'),
      { ...note(3), result: saved },
    ]);
    const field = await screen.findByLabelText('Chair’s note on outcomes of disruption activity', {}, { timeout: 5000 });
    await user.clear(field);
    await user.type(field, 'Pursue results, and two closures');
    await user.click(screen.getByRole('button', { name: 'Save note on outcomes of disruption activity' }));

    expect(await conflictReviewRow(/Chair’s note on outcomes of disruption activity/)).toEqual([
      'Pursue results, and two closures',
      'Outcomes below target',
    ]);
    expect(screen.getByLabelText(/Chair’s note on outcomes of disruption activity/)).toHaveValue('Pursue results, and two closures');
    await user.click(screen.getByRole('button', { name: 'Save note on outcomes of disruption activity' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Note on “Outcomes of disruption activity” saved.')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-review')).not.toBeInTheDocument();
  }, 20_000);
});
