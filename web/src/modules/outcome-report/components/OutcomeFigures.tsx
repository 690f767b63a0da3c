import { DISRUPTION_IMPACT_PHRASES } from '@sentinel/shared';
import { SummaryList } from '../../../ui/SummaryList';
import { Table } from '../../../ui/Table';
import type { OutcomeReportQuery } from '../../../gql/graphql';
import { formatFigure, formatScoreChange, type FigureUnit } from '../utils/format';

type Report = OutcomeReportQuery['outcomeReport'];
/** The figures of a report, a panel's own or a region's sum. */
export type FigureSource = Omit<Report, '__typename' | 'from' | 'to' | 'scoreChanges' | 'agencies' | 'averageScoreChange'>;
type Figure = [label: string, value: number | null, unit?: FigureUnit];

/** The figures grouped as forces, Opal and the regional units publish them. */
export function outcomeGroups(r: FigureSource): { title: string; figures: Figure[] }[] {
  return [
    {
      title: 'Referrals and groups',
      figures: [
        ['Referrals received', r.referralsReceived],
        ['Referrals accepted', r.referralsAccepted],
        ['Operations adopted', r.operationsAdopted],
        ['Groups mapped', r.groupsMapped],
        ['Groups dismantled', r.groupsDismantled],
        ['Nominals identified', r.nominalsIdentified],
        ['Vehicles identified', r.vehiclesIdentified],
        ['Disruptions recorded', r.disruptions],
      ],
    },
    {
      title: 'Criminal justice',
      figures: [
        ['Arrests', r.arrests],
        ['Charges', r.charges],
        ['Custodial sentences (total)', r.custodialYears, 'years'],
        ['Restraint orders', r.restraintOrders],
      ],
    },
    {
      title: 'Seizures',
      figures: [
        ['Cash seized', r.cashSeizedGbp, 'money'],
        ...r.drugsSeized.map<Figure>((d) => [`Drugs seized: ${d.type}`, d.kg, 'kg']),
        ['Firearms seized', r.firearms],
        ['Rounds of ammunition seized', r.rounds],
        ['Vehicles seized', r.vehiclesSeized],
      ],
    },
    {
      title: 'Safeguarding',
      figures: [
        ['Children safeguarded', r.childrenSafeguarded],
        ['Adults safeguarded', r.adultsSafeguarded],
      ],
    },
    {
      title: 'Partner powers',
      figures: [
        ['Licences reviewed', r.licencesReviewed],
        ['Licences revoked', r.licencesRevoked],
        ['Premises closed', r.premisesClosed],
        ['Tax actions', r.taxActions],
        ['Benefit actions', r.benefitActions],
      ],
    },
  ];
}

export function OutcomeFigures({ report }: { report: Report }) {
  return (
    <>
      {outcomeGroups(report).map((group) => (
        <section key={group.title} aria-labelledby={`outcomes-${group.title.replace(/\W+/g, '-')}`}>
          <h2 className="govuk-heading-m" id={`outcomes-${group.title.replace(/\W+/g, '-')}`}>
            {group.title}
          </h2>
          <SummaryList rows={group.figures.map(([key, value, unit]) => ({ key, value: formatFigure(value, unit) }))} />
        </section>
      ))}
      <h2 className="govuk-heading-m">Change in threat score of the groups disrupted</h2>
      <p className="govuk-body">
        Average change:{' '}
        {report.averageScoreChange === null || report.averageScoreChange === undefined
          ? 'not enough scores to compare'
          : `${formatFigure(report.averageScoreChange, 'score')} points`}
        . A group first scored after its first disruption in the period is compared from its first assessment.
      </p>
      {report.scoreChanges.length > 0 && (
        <Table
          caption="Threat score before the first disruption in the period and now"
          captionVisible
          rowKey={(g) => g.reference}
          rows={report.scoreChanges}
          columns={[
            { key: 'group', header: 'Group', cell: (g) => `${g.reference} ${g.name}` },
            { key: 'before', header: 'Before', numeric: true, cell: (g) => formatFigure(g.before) },
            { key: 'latest', header: 'Now', numeric: true, cell: (g) => formatFigure(g.latest) },
            { key: 'change', header: 'Change', numeric: true, cell: (g) => formatScoreChange(g.before, g.latest) },
          ]}
        />
      )}
      <h2 className="govuk-heading-m">Contribution by agency</h2>
      <Table
        caption="Tasks completed and disruptions by impact, per agency"
        rowKey={(a) => a.agencyId}
        rows={report.agencies}
        columns={[
          { key: 'agency', header: 'Agency', cell: (a) => a.agencyName },
          { key: 'tasks', header: 'Tasks completed', numeric: true, cell: (a) => formatFigure(a.tasksCompleted) },
          { key: 'disruptions', header: 'Disruptions', numeric: true, cell: (a) => formatFigure(a.disruptions) },
          { key: 'major', header: DISRUPTION_IMPACT_PHRASES.MAJOR, numeric: true, cell: (a) => formatFigure(a.major) },
          { key: 'moderate', header: DISRUPTION_IMPACT_PHRASES.MODERATE, numeric: true, cell: (a) => formatFigure(a.moderate) },
          { key: 'minor', header: DISRUPTION_IMPACT_PHRASES.MINOR, numeric: true, cell: (a) => formatFigure(a.minor) },
          { key: 'none', header: DISRUPTION_IMPACT_PHRASES.NONE, numeric: true, cell: (a) => formatFigure(a.noImpact) },
          { key: 'negative', header: DISRUPTION_IMPACT_PHRASES.NEGATIVE, numeric: true, cell: (a) => formatFigure(a.negative) },
        ]}
      />
    </>
  );
}
