import { CONSULTATION_ACTION_LABELS, DATA_CHANNEL_LABELS } from '@sentinel/shared';
import type { ConsultationLogQuery } from '../../../gql/graphql';
import { Table, type TableColumn } from '../../../ui/Table';
import { formatDateTime } from '../../app/utils/dates';

type Entry = ConsultationLogQuery['consultationLog']['nodes'][number];

const hint = (text: string | null | undefined) => text && <span className="app-block govuk-hint govuk-!-margin-bottom-0">{text}</span>;

const columns: TableColumn<Entry>[] = [
  { key: 'at', header: 'When', cell: (e) => formatDateTime(e.at) },
  {
    key: 'action',
    header: 'What',
    cell: (e) => (
      <>
        {CONSULTATION_ACTION_LABELS[e.action]}
        {hint(e.channel ? DATA_CHANNEL_LABELS[e.channel] : 'Channel not recorded')}
      </>
    ),
  },
  {
    key: 'by',
    header: 'By',
    cell: (e) => (
      <>
        {e.actorName ?? 'Sentinel'}
        {hint(e.actorAgencyName)}
      </>
    ),
  },
  { key: 'to', header: 'To agency', cell: (e) => e.disclosedToAgencyName ?? '' },
  {
    key: 'records',
    header: 'Records',
    cell: (e) => (
      <>
        {e.subjectSummary}
        {hint(e.purpose)}
      </>
    ),
  },
];

export function ConsultationLogTable({ entries }: { entries: readonly Entry[] }) {
  return <Table caption="Consultations and disclosures" columns={columns} rows={[...entries]} rowKey={(e) => e.id} />;
}
