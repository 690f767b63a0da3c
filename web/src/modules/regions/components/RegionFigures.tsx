import { SummaryList } from '../../../ui/SummaryList';
import { Table } from '../../../ui/Table';
import { getFragmentData, type FragmentType } from '../../../gql';
import { outcomeGroups } from '../../outcome-report/components/OutcomeFigures';
import { formatFigure } from '../../outcome-report/utils/format';
import { RegionOutcomeFiguresFragment } from '../graphql/region-outcome-report.query';
import { RegionThreatFiguresFragment } from '../graphql/region-threat-picture.query';

type PanelRow<F> = { panelId: string; panelName: string; figures: F };
const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? 'Not enough tasks' : `${Math.round(rate * 100)}%`);

/** The region's outcomes: the sum as a panel's report shows its own, then a few headline figures by panel. */
export function RegionOutcomes(props: {
  total: FragmentType<typeof RegionOutcomeFiguresFragment>;
  panels: PanelRow<FragmentType<typeof RegionOutcomeFiguresFragment>>[];
}) {
  const total = getFragmentData(RegionOutcomeFiguresFragment, props.total);
  const rows = [
    ...props.panels.map((p) => ({ key: p.panelId, name: p.panelName, f: getFragmentData(RegionOutcomeFiguresFragment, p.figures) })),
    { key: 'total', name: 'All panels', f: total },
  ];
  return (
    <>
      <Table
        caption="Outcomes by panel"
        captionVisible
        rowKey={(r) => r.key}
        rows={rows}
        columns={[
          { key: 'panel', header: 'Panel', cell: (r) => (r.key === 'total' ? <strong>{r.name}</strong> : r.name) },
          { key: 'referrals', header: 'Referrals received', numeric: true, cell: (r) => formatFigure(r.f.referralsReceived) },
          { key: 'mapped', header: 'Groups mapped', numeric: true, cell: (r) => formatFigure(r.f.groupsMapped) },
          { key: 'disruptions', header: 'Disruptions', numeric: true, cell: (r) => formatFigure(r.f.disruptions) },
          { key: 'arrests', header: 'Arrests', numeric: true, cell: (r) => formatFigure(r.f.arrests) },
          { key: 'cash', header: 'Cash seized', numeric: true, cell: (r) => formatFigure(r.f.cashSeizedGbp, 'money') },
        ]}
      />
      {outcomeGroups(total).map((group) => (
        <section key={group.title} aria-labelledby={`region-${group.title.replace(/\W+/g, '-')}`}>
          <h3 className="govuk-heading-s" id={`region-${group.title.replace(/\W+/g, '-')}`}>
            {group.title}: all panels
          </h3>
          <SummaryList rows={group.figures.map(([key, value, unit]) => ({ key, value: formatFigure(value, unit) }))} />
        </section>
      ))}
      <p className="govuk-body">
        Average change in threat score of the groups disrupted:{' '}
        {total.averageScoreChange === null || total.averageScoreChange === undefined
          ? 'not enough scores to compare'
          : `${formatFigure(total.averageScoreChange, 'score')} points, over ${formatFigure(total.groupsCompared)} groups`}
        .
      </p>
    </>
  );
}

/** The region's threat picture: counts by panel and in total; no group or person is named. */
export function RegionThreat(props: {
  total: FragmentType<typeof RegionThreatFiguresFragment>;
  panels: PanelRow<FragmentType<typeof RegionThreatFiguresFragment>>[];
}) {
  const total = getFragmentData(RegionThreatFiguresFragment, props.total);
  const rows = [
    ...props.panels.map((p) => ({ key: p.panelId, name: p.panelName, f: getFragmentData(RegionThreatFiguresFragment, p.figures) })),
    { key: 'total', name: 'All panels', f: total },
  ];
  return (
    <>
      <Table
        caption="Threat picture by panel"
        captionVisible
        rowKey={(r) => r.key}
        rows={rows}
        columns={[
          { key: 'panel', header: 'Panel', cell: (r) => (r.key === 'total' ? <strong>{r.name}</strong> : r.name) },
          { key: 'active', header: 'Active groups', numeric: true, cell: (r) => formatFigure(r.f.activeGroups) },
          { key: 'rising', header: 'Rising since last meeting', numeric: true, cell: (r) => formatFigure(r.f.risingGroups) },
          { key: 'threats', header: 'Emerging threats', numeric: true, cell: (r) => formatFigure(r.f.emergingThreats) },
          { key: 'disruptions', header: 'Disruptions', numeric: true, cell: (r) => formatFigure(r.f.disruptions) },
          { key: 'open', header: 'Tasks open', numeric: true, cell: (r) => formatFigure(r.f.tasksOpen) },
          { key: 'overdue', header: 'Overdue', numeric: true, cell: (r) => formatFigure(r.f.tasksOverdue) },
        ]}
      />
      <h3 className="govuk-heading-s">All panels</h3>
      <SummaryList
        rows={[
          { key: 'Groups created in the period', value: formatFigure(total.groupsCreated) },
          { key: 'Groups dismantled in the period', value: formatFigure(total.groupsDismantled) },
          { key: 'Task completion rate', value: percent(total.completionRate) },
          { key: 'Open tasks overdue', value: percent(total.overdueRate) },
        ]}
      />
      <Table
        caption="Active groups by crime type, all panels"
        captionVisible
        rowKey={(c) => c.key}
        rows={total.activeByCrimeType}
        columns={[
          { key: 'type', header: 'Crime type', cell: (c) => c.label },
          { key: 'count', header: 'Active groups', numeric: true, cell: (c) => formatFigure(c.count) },
        ]}
      />
      <Table
        caption="Disruptions by 4P strand, all panels"
        captionVisible
        rowKey={(c) => c.key}
        rows={total.disruptionsByStrand}
        columns={[
          { key: 'strand', header: 'Strand', cell: (c) => c.label },
          { key: 'count', header: 'Disruptions', numeric: true, cell: (c) => formatFigure(c.count) },
        ]}
      />
    </>
  );
}
