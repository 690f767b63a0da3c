import { useState } from 'react';
import { TEXT_LIMITS } from '@sentinel/shared';
import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Textarea } from '../../../ui/Textarea';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { useConflict, useOpenedVersion } from '../../app/useConflict';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { htmlToText, minutesTextProblem, textToHtml } from '../../meetings/utils/rich-text';
import { AgendaItemFieldsFragment as ItemFields } from '../graphql/agenda-item.fragment';
import { RecordItemMinutesMutation } from '../graphql/record-item-minutes.mutation';

const FIELDS = ['notes', 'decisions'];

type Values = { notes: string; decisions: string };

const valuesOf = (item: AgendaItemFieldsFragment): Values => ({ notes: htmlToText(item.notes), decisions: htmlToText(item.decisions) });

type Props = {
  item: AgendaItemFieldsFragment;
  /** Reads the item again, answering its newer version. */
  reload: () => Promise<number | undefined>;
};

// Notes and decisions for the item being discussed, as plain text; the API keeps them as sanitised HTML.
// Keyed by the item by its parent, so moving on starts a fresh form. Saved against the version it opened with,
// even as the live meeting brings newer ones: minutes saved by someone else meanwhile answer CONFLICT, and what was
// typed stays beside theirs.
export function ItemMinutesForm({ item, reload }: Props) {
  const server = useServerErrors(FIELDS);
  const [saved, setSaved] = useState('');
  const version = useOpenedVersion(item.version);
  const conflict = useConflict<Values>('AgendaItem');
  const [record, { loading }] = useMutation(RecordItemMinutesMutation);
  const form = useForm({
    initial: valuesOf(item),
    validate: (v): FieldErrors => {
      const errors: FieldErrors = {};
      const notes = minutesTextProblem('Notes', v.notes);
      const decisions = minutesTextProblem('Decisions', v.decisions);
      if (notes) errors.notes = notes;
      if (decisions) errors.decisions = decisions;
      return errors;
    },
    serverErrors: server.fieldErrors,
    serverGeneral: server.general,
    onSubmit: async (v) => {
      server.clear();
      setSaved('');
      try {
        const { data } = await record({
          variables: { input: { itemId: item.id, version: version.current(), notes: textToHtml(v.notes), decisions: textToHtml(v.decisions) } },
        });
        version.moveTo(data ? getFragmentData(ItemFields, data.recordItemMinutes).version : undefined);
        conflict.clear();
        setSaved(`Minutes saved for ${item.title}.`);
      } catch (e) {
        server.show(e);
        await conflict.caught(e, v, async () => version.moveTo(await reload()));
      }
    },
  });
  return (
    <>
      <ErrorSummary errors={summaryItems(form.errors, FIELDS, form.general)} />
      {conflict.review(valuesOf(item))}
      <form onSubmit={form.submit} noValidate aria-label="Minutes for this item">
        <Textarea
          id="notes"
          label="Notes"
          hint="What was said. Leave a blank line between paragraphs"
          value={form.values.notes}
          onChange={form.set('notes')}
          error={form.errors.notes}
          rows={6}
          maxLength={TEXT_LIMITS.minutesText}
        />
        <Textarea
          id="decisions"
          label="Decisions"
          value={form.values.decisions}
          onChange={form.set('decisions')}
          error={form.errors.decisions}
          rows={4}
          maxLength={TEXT_LIMITS.minutesText}
        />
        <Button disabled={loading}>Save minutes</Button>
      </form>
      <p className="govuk-body" role="status">
        {saved}
      </p>
    </>
  );
}
