import { useMutation } from '@apollo/client/react';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { RemoveAgendaRecordMutation } from '../graphql/remove-agenda-record.mutation';
import { recordText } from '../utils/agenda-record-search';
import { AddAgendaRecord, addRecordButtonId } from './AddAgendaRecord';
import { AgendaRecords, type AgendaRecordRow } from './AgendaRecords';

type Props = { panelId: string; item: AgendaItemFieldsFragment; onAnnounce: (text: string) => void; focusAfter: (...ids: string[]) => void };

function removeButtonId(itemId: string, r: Pick<AgendaRecordRow, 'kind' | 'recordId'>): string {
  return `remove-record-${itemId}-${r.kind}-${r.recordId}`;
}

// What an item covers, for those building the agenda: each record with a Remove button, then "Add a record".
export function AgendaRecordsEditor({ panelId, item, onAnnounce, focusAfter }: Props) {
  const server = useServerErrors([]);
  const [remove, removing] = useMutation(RemoveAgendaRecordMutation);

  const removeRecord = async (r: AgendaRecordRow) => {
    server.clear();
    const index = item.records.indexOf(r);
    // Focus goes to the next record's Remove button, else the previous one's, else "Add a record".
    const neighbours = [item.records[index + 1], item.records[index - 1]].filter(Boolean).map((n) => removeButtonId(item.id, n));
    try {
      await remove({ variables: { input: { itemId: item.id, recordKind: r.kind, recordId: r.recordId } } });
      onAnnounce(`${recordText(r)} removed from “${item.title}”.`);
      focusAfter(...neighbours, addRecordButtonId(item.id));
    } catch (e) {
      server.show(e);
    }
  };

  return (
    <>
      <ErrorSummary errors={server.general.map((message) => ({ message }))} />
      <AgendaRecords
        records={item.records}
        action={(r) => (
          <>
            {' '}
            <button
              type="button"
              id={removeButtonId(item.id, r)}
              className="govuk-button govuk-button--warning app-button--small govuk-!-margin-bottom-0 govuk-!-margin-left-1"
              disabled={removing.loading}
              onClick={() => void removeRecord(r)}
            >
              Remove <span className="govuk-visually-hidden">{`${recordText(r)} from this item`}</span>
            </button>
          </>
        )}
      />
      <AddAgendaRecord panelId={panelId} item={item} onAnnounce={onAnnounce} focusAfter={focusAfter} />
    </>
  );
}
