import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { MoveAgendaItemMutation } from '../graphql/move-agenda-item.mutation';
import { RemoveAgendaItemMutation } from '../graphql/remove-agenda-item.mutation';
import { AgendaItemEdit } from './AgendaItemEdit';
import { AgendaItemView } from './AgendaItemView';
import { AgendaRecordsEditor } from './AgendaRecordsEditor';

type Props = {
  panelId: string;
  items: AgendaItemFieldsFragment[];
  canEdit: boolean;
  onAnnounce: (text: string) => void;
  focusAfter: (...ids: string[]) => void;
  /** Reads the agenda again, answering its items as they now are. */
  reload: () => Promise<readonly AgendaItemFieldsFragment[]>;
};

type Mode = { itemId: string; kind: 'edit' | 'remove' } | null;

function Hidden({ children }: { children: string }) {
  return <span className="govuk-visually-hidden">{children}</span>;
}

// The agenda in order. For those running the meeting each item can be edited, moved or removed by keyboard,
// and records put under it or taken off: after a move, focus stays on the moved item's button in its new place.
export function AgendaItemList({ panelId, items, canEdit, onAnnounce, focusAfter, reload }: Props) {
  const [mode, setMode] = useState<Mode>(null);
  const [failed, setFailed] = useState('');
  const [move, moving] = useMutation(MoveAgendaItemMutation);
  const [remove, removing] = useMutation(RemoveAgendaItemMutation);

  const moveItem = async (item: AgendaItemFieldsFragment, direction: 'up' | 'down') => {
    setFailed('');
    const toPosition = item.position + (direction === 'up' ? -1 : 1);
    try {
      await move({ variables: { id: item.id, toPosition } });
      focusAfter(`move-${direction}-${item.id}`, `move-${direction === 'up' ? 'down' : 'up'}-${item.id}`);
      onAnnounce(`${item.title} moved to position ${toPosition} of ${items.length}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The item was not moved');
    }
  };

  const removeItem = async (item: AgendaItemFieldsFragment) => {
    setFailed('');
    try {
      await remove({ variables: { id: item.id, version: item.version } });
      setMode(null);
      onAnnounce(`${item.title} removed from the agenda.`);
      focusAfter('agenda-heading');
    } catch (e) {
      setMode(null);
      setFailed(apiErrors(e)[0]?.message ?? 'The item was not removed');
    }
  };

  return (
    <>
      {failed && <LoadFailed message={failed} />}
      <ol className="govuk-list app-agenda">
        {items.map((item, index) => {
          const editing = mode?.itemId === item.id ? mode.kind : null;
          if (editing === 'edit') {
            return (
              <li key={item.id} className="app-agenda__item">
                <AgendaItemEdit
                  panelId={panelId}
                  item={item}
                  reload={reload}
                  onCancel={() => {
                    setMode(null);
                    focusAfter(`edit-${item.id}`);
                  }}
                  onSaved={() => {
                    setMode(null);
                    focusAfter(`agenda-item-${item.id}`);
                  }}
                />
              </li>
            );
          }
          return (
            <li key={item.id} className="app-agenda__item">
              <AgendaItemView
                item={item}
                records={canEdit ? <AgendaRecordsEditor panelId={panelId} item={item} onAnnounce={onAnnounce} focusAfter={focusAfter} /> : undefined}
                actions={
                  canEdit &&
                  (editing === 'remove' ? (
                    <ConfirmStep
                      level={3}
                      title={`Remove “${item.title}” from the agenda?`}
                      confirmText="Remove item"
                      busy={removing.loading}
                      onConfirm={() => void removeItem(item)}
                      onCancel={() => {
                        setMode(null);
                        focusAfter(`remove-${item.id}`);
                      }}
                    >
                      <p className="govuk-body">The records it covers are taken off the agenda with it.</p>
                    </ConfirmStep>
                  ) : (
                    <div className="govuk-button-group app-agenda__actions">
                      <button
                        type="button"
                        id={`edit-${item.id}`}
                        className="govuk-button govuk-button--secondary app-button--small"
                        onClick={() => setMode({ itemId: item.id, kind: 'edit' })}
                      >
                        Edit <Hidden>{item.title}</Hidden>
                      </button>
                      {index > 0 && (
                        <button
                          type="button"
                          id={`move-up-${item.id}`}
                          className="govuk-button govuk-button--secondary app-button--small"
                          disabled={moving.loading}
                          onClick={() => void moveItem(item, 'up')}
                        >
                          Move up <Hidden>{item.title}</Hidden>
                        </button>
                      )}
                      {index < items.length - 1 && (
                        <button
                          type="button"
                          id={`move-down-${item.id}`}
                          className="govuk-button govuk-button--secondary app-button--small"
                          disabled={moving.loading}
                          onClick={() => void moveItem(item, 'down')}
                        >
                          Move down <Hidden>{item.title}</Hidden>
                        </button>
                      )}
                      <button
                        type="button"
                        id={`remove-${item.id}`}
                        className="govuk-button govuk-button--warning app-button--small"
                        onClick={() => setMode({ itemId: item.id, kind: 'remove' })}
                      >
                        Remove <Hidden>{item.title}</Hidden>
                      </button>
                    </div>
                  ))
                }
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
