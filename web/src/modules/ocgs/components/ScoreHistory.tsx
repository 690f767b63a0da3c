import { Table, type TableColumn } from '../../../ui/Table';
import type { OcgScoreHistoryFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../app/utils/dates';
import { CONFIDENCE_LABELS } from '../../records/utils/labels';

export type ScoreEntry = OcgScoreHistoryFragment['scoreHistory'][number];

const columns: TableColumn<ScoreEntry>[] = [
  { key: 'scoredAt', header: 'Scored', cell: (s) => formatDateTime(s.scoredAt) },
  { key: 'harm', header: 'Harm (4 parts)', cell: (s) => `${s.harmPhysical}, ${s.harmCommunity}, ${s.harmGeographic}, ${s.harmVulnerability}` },
  { key: 'likelihood', header: 'Likelihood', cell: (s) => String(s.likelihood), numeric: true },
  { key: 'position', header: 'Capability and capacity', cell: (s) => `${s.capability}, ${s.capacity}` },
  { key: 'total', header: 'Total', cell: (s) => String(s.total), numeric: true },
  { key: 'tier', header: 'Tier', cell: (s) => s.tier },
  { key: 'confidence', header: 'Confidence', cell: (s) => CONFIDENCE_LABELS[s.confidence] },
];

// Newest first, as the API gives it: the table is the record; the sparkline only illustrates it.
export function ScoreHistoryTable({ history }: { history: readonly ScoreEntry[] }) {
  return <Table caption="Score history, newest first" captionVisible columns={columns} rows={[...history]} rowKey={(s) => s.id} />;
}

const WIDTH = 240;
const HEIGHT = 48;

export function sparklinePoints(totals: readonly number[], width = WIDTH, height = HEIGHT, pad = 4): string {
  if (totals.length === 0) return '';
  const max = Math.max(...totals);
  const min = Math.min(...totals);
  const span = max - min || 1;
  const step = totals.length > 1 ? (width - 2 * pad) / (totals.length - 1) : 0;
  return totals
    .map((t, i) => {
      const x = pad + i * step;
      const y = height - pad - ((t - min) / span) * (height - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

// Oldest to newest, left to right. The text alternative summarises what the line shows.
export function ScoreSparkline({ history }: { history: readonly ScoreEntry[] }) {
  if (history.length < 2) return null;
  const totals = [...history].reverse().map((s) => s.total);
  const description = `Totals over the last ${totals.length} scorings, oldest to newest: ${totals.join(', ')}`;
  return (
    <svg className="app-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      <polyline points={sparklinePoints(totals)} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
