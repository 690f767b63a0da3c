import { ChartFigure } from '../../../ui/ChartFigure';
import { Table } from '../../../ui/Table';
import { MultiBarChart } from './Charts';
import { monthLabel, type MonthSeriesRow } from './view';

type Props = { title: string; noun: string; keys: readonly string[]; labels: Record<string, string>; rows: MonthSeriesRow[] };

/** Counts per month under a fixed set of keys (the 4P strands, the impacts): stacked bars, a sentence of totals, and the table. */
export function MonthlySeriesSection({ title, noun, keys, labels, rows }: Props) {
  const data = rows.map((m) => ({ label: monthLabel(m.month), month: m.month, ...Object.fromEntries(keys.map((k) => [k, m.counts[k] ?? 0])) }));
  const totals = keys.map((k) => `${labels[k]} ${rows.reduce((n, m) => n + (m.counts[k] ?? 0), 0)}`).join(', ');
  return (
    <ChartFigure
      title={title}
      summary={`${noun} in the period: ${totals}.`}
      chart={<MultiBarChart stacked data={data} series={keys.map((k) => ({ key: k, name: labels[k] }))} />}
      table={
        <Table
          caption={title}
          rowKey={(m) => m.month}
          rows={rows}
          columns={[
            { key: 'month', header: 'Month', cell: (m) => monthLabel(m.month) },
            ...keys.map((k) => ({ key: k, header: labels[k], numeric: true, cell: (m: MonthSeriesRow) => m.counts[k] ?? 0 })),
          ]}
        />
      }
    />
  );
}
