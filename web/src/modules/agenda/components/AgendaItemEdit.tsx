import { useMutation } from '@apollo/client/react';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { useConflict, useOpenedVersion } from '../../app/useConflict';
import { UpdateAgendaItemMutation } from '../graphql/update-agenda-item.mutation';
import { AGENDA_ITEM_FIELDS, agendaItemFields, agendaItemFormFrom, agendaItemReview, type AgendaItemReviewValues } from '../utils/agenda-item-form';
import { AgendaItemForm, useAgendaItemOptions } from './AgendaItemForm';

type Props = {
  panelId: string;
  item: AgendaItemFieldsFragment;
  /** Reads the agenda again, answering its items as they now are. */
  reload: () => Promise<readonly AgendaItemFieldsFragment[]>;
  onSaved: () => void;
  onCancel: () => void;
};

/**
 * Editing one item of the agenda, saved against the version it opened with: an item changed by someone else
 * meanwhile answers CONFLICT, and the form keeps what was typed beside their change, to be saved again.
 */
export function AgendaItemEdit({ panelId, item, reload, onSaved, onCancel }: Props) {
  const server = useServerErrors(AGENDA_ITEM_FIELDS);
  const version = useOpenedVersion(item.version);
  const conflict = useConflict<AgendaItemReviewValues>('AgendaItem');
  const { agencyOptions, presenterOptions } = useAgendaItemOptions(panelId);
  const [update, updating] = useMutation(UpdateAgendaItemMutation, { refetchQueries: ['Agenda'] });
  const presenters = Object.fromEntries(presenterOptions.map((o) => [o.value, o.label]));
  const valueLabels = {
    presenterUserId: presenters,
    presenterAgencyId: presenters,
    restrictedTo: Object.fromEntries(agencyOptions.map((a) => [a.value, a.label])),
  };
  return (
    <AgendaItemForm
      panelId={panelId}
      idPrefix={`item-${item.id}-`}
      heading={`Edit item ${item.position}: ${item.title}`}
      initial={agendaItemFormFrom(item)}
      review={conflict.review(agendaItemReview(agendaItemFormFrom(item)), valueLabels)}
      submitText="Save item"
      serverErrors={server.fieldErrors}
      serverGeneral={server.general}
      submitting={updating.loading}
      onCancel={onCancel}
      onSubmit={async (v) => {
        server.clear();
        try {
          await update({ variables: { input: { id: item.id, version: version.current(), ...agendaItemFields(v) } } });
          onSaved();
        } catch (e) {
          server.show(e);
          await conflict.caught(e, agendaItemReview(v), async () => version.moveTo((await reload()).find((i) => i.id === item.id)?.version));
        }
      }}
    />
  );
}
