import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { Loading } from '../../../ui/Loading';
import { WarningText } from '../../../ui/WarningText';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { AddAgendaItemMutation } from '../graphql/add-agenda-item.mutation';
import { AgendaFieldsFragment } from '../graphql/agenda.fragment';
import { AgendaItemFieldsFragment } from '../graphql/agenda-item.fragment';
import { AgendaQuery } from '../graphql/agenda.query';
import { BuildAgendaMutation } from '../graphql/build-agenda.mutation';
import { PublishAgendaMutation } from '../graphql/publish-agenda.mutation';
import { AGENDA_ITEM_FIELDS, agendaItemFields, agendaItemFormFrom, minutesText, slotText } from '../utils/agenda-item-form';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemList } from './AgendaItemList';
import { useFocusAfterRender } from './useFocusAfterRender';

type Props = { meetingId: string; panelId: string; canManage: boolean };

export function overrunText(overrunsBy: number, slotMinutes: number): string {
  return `The agenda runs ${minutesText(overrunsBy)} over the ${slotText(slotMinutes)}. Shorten or remove items so the meeting ends on time.`;
}

export function AgendaSection({ meetingId, panelId, canManage }: Props) {
  const { data, error, refetch } = useQuery(AgendaQuery, { variables: { meetingId } });
  const agenda = getFragmentData(AgendaFieldsFragment, data?.agenda);
  const items = getFragmentData(AgendaItemFieldsFragment, agenda?.items ?? []);
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState('');
  const [adding, setAdding] = useState(false);
  const [confirmRebuild, setConfirmRebuild] = useState(false);
  const focusAfter = useFocusAfterRender(data);
  const server = useServerErrors(AGENDA_ITEM_FIELDS);
  const [build, building] = useMutation(BuildAgendaMutation, { refetchQueries: ['Meeting'] });
  const [publish, publishing] = useMutation(PublishAgendaMutation, { refetchQueries: ['Meeting', 'AgendaPackInfo'] });
  const [add, addingItem] = useMutation(AddAgendaItemMutation, { refetchQueries: ['Agenda'], awaitRefetchQueries: true });

  if (error && !data) return <LoadFailed message={error.message} />;
  if (!agenda) return <Loading />;

  const editable = canManage && (agenda.status === 'PLANNED' || agenda.status === 'AGENDA_PUBLISHED');
  const run = async (action: () => Promise<unknown>, done: string, fallback: string) => {
    setFailed('');
    setAnnouncement('');
    try {
      await action();
      setAnnouncement(done);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? fallback);
    }
  };

  return (
    <>
      <p className="govuk-body" data-testid="agenda-total">
        {minutesText(agenda.totalMinutes)} allocated of the {slotText(agenda.slotMinutes)}.
      </p>
      {agenda.overrunsBy > 0 && <WarningText>{overrunText(agenda.overrunsBy, agenda.slotMinutes)}</WarningText>}
      {failed && <LoadFailed message={failed} />}
      <p className="govuk-body" role="status">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">There is no agenda for this meeting yet.</p>
      ) : (
        <AgendaItemList
          panelId={panelId}
          items={[...items]}
          canEdit={editable}
          onAnnounce={setAnnouncement}
          focusAfter={focusAfter}
          reload={async () =>
            getFragmentData(AgendaItemFieldsFragment, getFragmentData(AgendaFieldsFragment, (await refetch()).data?.agenda)?.items ?? [])
          }
        />
      )}
      {editable && adding && (
        <AgendaItemForm
          panelId={panelId}
          idPrefix="new-item-"
          heading="Add an item"
          initial={agendaItemFormFrom(null)}
          submitText="Add item"
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={addingItem.loading}
          onCancel={() => {
            setAdding(false);
            focusAfter('add-item');
          }}
          onSubmit={async (v) => {
            server.clear();
            try {
              const { data: added } = await add({ variables: { input: { meetingId, kind: 'OTHER', ...agendaItemFields(v) } } });
              setAdding(false);
              setAnnouncement(`${v.title.trim()} added to the agenda.`);
              if (added) focusAfter(`agenda-item-${added.addAgendaItem.id}`);
            } catch (e) {
              server.show(e);
            }
          }}
        />
      )}
      {editable && confirmRebuild && (
        <ConfirmStep
          level={3}
          title="Rebuild the agenda from the standing template?"
          confirmText="Rebuild agenda"
          busy={building.loading}
          onCancel={() => setConfirmRebuild(false)}
          onConfirm={() =>
            void run(
              () => build({ variables: { meetingId, rebuild: true } }),
              'The agenda was rebuilt from the standing template.',
              'The agenda was not rebuilt',
            ).then(() => setConfirmRebuild(false))
          }
        >
          <p className="govuk-body">Every item and its changes are replaced by the standing items and the records seeded into them.</p>
        </ConfirmStep>
      )}
      {editable && !adding && !confirmRebuild && (
        <ButtonGroup>
          {items.length === 0 ? (
            <Button
              type="button"
              disabled={building.loading}
              onClick={() =>
                void run(
                  () => build({ variables: { meetingId, rebuild: false } }),
                  'Agenda built from the standing template.',
                  'The agenda was not built',
                )
              }
            >
              Build agenda from the standing template
            </Button>
          ) : (
            <>
              {agenda.status === 'PLANNED' && (
                <Button
                  type="button"
                  disabled={publishing.loading}
                  onClick={() =>
                    void run(
                      () => publish({ variables: { meetingId, version: agenda.meetingVersion } }),
                      'Agenda published. Members have been told by email.',
                      'The agenda was not published',
                    )
                  }
                >
                  Publish agenda
                </Button>
              )}
              <button type="button" id="add-item" className="govuk-button govuk-button--secondary" onClick={() => setAdding(true)}>
                Add an item
              </button>
              {agenda.status === 'PLANNED' && (
                <Button type="button" variant="secondary" onClick={() => setConfirmRebuild(true)}>
                  Rebuild from the standing template
                </Button>
              )}
            </>
          )}
        </ButtonGroup>
      )}
    </>
  );
}
