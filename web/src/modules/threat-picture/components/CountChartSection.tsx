import { ChartFigure } from '../../../ui/ChartFigure';
import { Table } from '../../../ui/Table';
import { SimpleBarChart } from './Charts';
import { total, type CountRow } from './view';

type Props = { title: string; noun: string; rows: CountRow[]; categoryHeader: string; vertical?: boolean };

/** A count per category: a labelled bar chart, a sentence naming the largest, and the table. */
export function CountChartSection({ title, noun, rows, categoryHeader, vertical = false }: Props) {
  const largest = [...rows].sort((a, b) => b.count - a.count)[0];
  const summary =
    rows.length === 0 || !largest ? `No ${noun} in this period.` : `${total(rows)} ${noun} in all. The most: ${largest.label}, ${largest.count}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      rows={vertical ? rows.length : undefined}
      chart={
        <SimpleBarChart
          data={rows.map((r) => ({ label: r.label, count: r.count }))}
          series={{ key: 'count', name: 'Number' }}
          layout={vertical ? 'vertical' : 'horizontal'}
        />
      }
      table={
        <Table
          caption={title}
          rowKey={(r) => r.label}
          rows={rows}
          columns={[
            { key: 'label', header: categoryHeader, cell: (r) => r.label },
            { key: 'count', header: 'Number', numeric: true, cell: (r) => r.count },
          ]}
        />
      }
    />
  );
}
