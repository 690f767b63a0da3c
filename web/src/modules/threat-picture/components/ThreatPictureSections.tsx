import { Link } from 'react-router';
import { DISRUPTION_IMPACT_PHRASES, DISRUPTION_IMPACTS, FOUR_P_LABELS, FOUR_P_STRANDS } from '@sentinel/shared';
import { ChartFigure } from '../../../ui/ChartFigure';
import { Table } from '../../../ui/Table';
import { MonthlyLineChart, MultiBarChart } from './Charts';
import { CountChartSection } from './CountChartSection';
import { EmergingThreatsSection } from './EmergingThreatsSection';
import { MonthlySeriesSection } from './MonthlySeriesSection';
import { monthLabel, percent, type GroupRow, type ThreatPictureView } from './view';

const groupLink = (g: GroupRow) =>
  g.id ? (
    <Link className="govuk-link" to={`/ocgs/${g.id}`}>
      {g.reference} {g.name}
    </Link>
  ) : (
    `${g.reference} ${g.name}`
  );

function GroupsTable({ caption, rows, withChange }: { caption: string; rows: GroupRow[]; withChange?: boolean }) {
  if (rows.length === 0) return <p className="govuk-body">None in this period.</p>;
  return (
    <Table
      caption={caption}
      rowKey={(g) => g.reference}
      rows={rows}
      columns={[
        { key: 'group', header: 'Group', cell: groupLink },
        { key: 'tier', header: 'Tier', cell: (g) => g.tier ?? 'Not tiered' },
        { key: 'score', header: 'Score', numeric: true, cell: (g) => g.score ?? 'Not scored' },
        ...(withChange ? [{ key: 'change', header: 'Rise', numeric: true, cell: (g: GroupRow) => (g.change ? `+${g.change}` : '0') }] : []),
      ]}
    />
  );
}

/** "HMRC: 80% of 5 closed completed, 1 of 4 open overdue", saying so where there is nothing to rate. */
function taskRateSentence(a: { agency: string; completed: number; closed: number; completedPct: number; overdue: number; open: number }): string {
  const completed = a.closed === 0 ? 'none closed' : `${a.completedPct}% of ${a.closed} closed completed`;
  const overdue = a.open === 0 ? 'none open' : `${a.overdue} of ${a.open} open overdue`;
  return `${a.agency}: ${completed}, ${overdue}`;
}

export function ThreatPictureSections({ view }: { view: ThreatPictureView }) {
  const months = view.groupsByMonth.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const tasks = view.tasksByAgency.map((a) => ({
    ...a,
    label: a.agency,
    completedPct: percent(a.completed, a.closed),
    overduePct: percent(a.overdue, a.open),
  }));
  return (
    <>
      <CountChartSection title="Active groups by tier" noun="active groups" categoryHeader="Tier" rows={view.activeByTier} />
      <CountChartSection
        title="Active groups by type of crime"
        noun="crime tags on active groups"
        categoryHeader="Type of crime"
        rows={view.activeByCrimeType}
        vertical
      />

      <h2 className="govuk-heading-m">Highest-scoring groups</h2>
      <GroupsTable caption="Highest-scoring groups" rows={view.topGroups} />
      <h2 className="govuk-heading-m">Risers since the last meeting</h2>
      {view.riserCount > view.risers.length && (
        <p className="govuk-body">
          {view.riserCount} groups rose since the last meeting; the {view.risers.length} that rose most are shown.
        </p>
      )}
      <GroupsTable caption="Groups whose score rose since the last meeting" rows={view.risers} withChange />

      <ChartFigure
        title="New, dismantled and archived groups by month"
        summary={`Over ${months.length} months: ${months.reduce((n, m) => n + m.created, 0)} new, ${months.reduce((n, m) => n + m.dismantled, 0)} dismantled, ${months.reduce((n, m) => n + m.archived, 0)} archived.`}
        chart={
          <MonthlyLineChart
            data={months}
            series={[
              { key: 'created', name: 'New' },
              { key: 'dismantled', name: 'Dismantled' },
              { key: 'archived', name: 'Archived' },
            ]}
          />
        }
        table={
          <Table
            caption="New, dismantled and archived groups by month"
            rowKey={(m) => m.month}
            rows={months}
            columns={[
              { key: 'month', header: 'Month', cell: (m) => m.label },
              { key: 'created', header: 'New', numeric: true, cell: (m) => m.created },
              { key: 'dismantled', header: 'Dismantled', numeric: true, cell: (m) => m.dismantled },
              { key: 'archived', header: 'Archived', numeric: true, cell: (m) => m.archived },
            ]}
          />
        }
      />

      <EmergingThreatsSection view={view} />

      <MonthlySeriesSection
        title="Disruptions by 4P strand and month"
        noun="Disruptions by strand"
        keys={FOUR_P_STRANDS}
        labels={FOUR_P_LABELS}
        rows={view.disruptionsByStrand}
      />
      <MonthlySeriesSection
        title="Disruptions by impact and month"
        noun="Disruptions by impact"
        keys={DISRUPTION_IMPACTS}
        labels={DISRUPTION_IMPACT_PHRASES}
        rows={view.disruptionsByImpact}
      />
      <CountChartSection title="Disruptions by agency" noun="disruptions" categoryHeader="Agency" rows={view.disruptionsByAgency} vertical />

      <ChartFigure
        title="Task completion and overdue rates by agency"
        summary={tasks.length === 0 ? 'No tasks in this period.' : tasks.map(taskRateSentence).join('. ') + '.'}
        rows={tasks.length}
        chart={
          <MultiBarChart
            layout="vertical"
            data={tasks}
            series={[
              { key: 'completedPct', name: 'Completed (%)' },
              { key: 'overduePct', name: 'Overdue (%)' },
            ]}
          />
        }
        table={
          <Table
            caption="Task completion and overdue rates by agency"
            rowKey={(a) => a.agency}
            rows={tasks}
            columns={[
              { key: 'agency', header: 'Agency', cell: (a) => a.agency },
              {
                key: 'completed',
                header: 'Completed of those closed',
                numeric: true,
                cell: (a) => `${a.completed} of ${a.closed} (${a.completedPct}%)`,
              },
              { key: 'overdue', header: 'Overdue of those open', numeric: true, cell: (a) => `${a.overdue} of ${a.open} (${a.overduePct}%)` },
            ]}
          />
        }
      />
    </>
  );
}
