import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql';
import { Table } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { formatDateTime } from '../../app/utils/dates';
import { CrossPanelMatchFieldsFragment } from '../graphql/cross-panel-match-fields.fragment';
import { kindLabel, STATUS_COLOURS, statusLabel } from './match-labels';
import { OtherPanelContacts } from './OtherPanelContacts';

type Props = { matches: ReadonlyArray<FragmentType<typeof CrossPanelMatchFieldsFragment>> };

export function CrossPanelMatchTable({ matches }: Props) {
  const rows = getFragmentData(CrossPanelMatchFieldsFragment, matches);
  return (
    <Table
      caption="Matches with other panels"
      rows={[...rows]}
      rowKey={(m) => m.id}
      columns={[
        {
          key: 'record',
          header: 'Our record',
          cell: (m) => (
            <>
              <Link className="govuk-link" to={`/matches/${m.id}`}>
                {m.recordName}
              </Link>
              <br />
              <span className="govuk-body-s">
                {kindLabel(m.kind)}, {m.recordReference}
              </span>
            </>
          ),
        },
        { key: 'panel', header: 'Also held by', cell: (m) => `${m.otherPanelName}${m.otherPanelForce ? ` (${m.otherPanelForce})` : ''}` },
        { key: 'contact', header: 'Whom to call', cell: (m) => <OtherPanelContacts contacts={m.otherContacts} /> },
        { key: 'found', header: 'Found', cell: (m) => formatDateTime(m.foundAt) },
        { key: 'status', header: 'Status', cell: (m) => <Tag colour={STATUS_COLOURS[m.status]}>{statusLabel(m.status)}</Tag> },
      ]}
    />
  );
}
