import { AUDIT_ACTION_LABELS } from '@sentinel/shared';
import type { AuditTrailQuery } from '../../../gql/graphql';
import { Table, type TableColumn } from '../../../ui/Table';
import { formatDateTime } from '../../app/utils/dates';

type Entry = AuditTrailQuery['auditTrail']['nodes'][number];

const columns: TableColumn<Entry>[] = [
  { key: 'at', header: 'When', cell: (e) => formatDateTime(e.at) },
  { key: 'action', header: 'What', cell: (e) => `${AUDIT_ACTION_LABELS[e.action]}: ${e.entityType}` },
  {
    key: 'by',
    header: 'By',
    cell: (e) => (
      <>
        {e.actorName ?? 'Sentinel'}
        {e.actorAgencyName && <span className="app-block govuk-hint govuk-!-margin-bottom-0">{e.actorAgencyName}</span>}
      </>
    ),
  },
  { key: 'fields', header: 'Fields changed', cell: (e) => e.changedFields.join(', ') },
];

export function AuditTrailTable({ entries }: { entries: readonly Entry[] }) {
  return <Table caption="Audit trail" columns={columns} rows={[...entries]} rowKey={(e) => e.id} />;
}
