import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@sentinel/shared';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { LoadFailed } from '../../app/components/StatusContent';
import { useForm } from '../../app/useForm';
import { summaryItems } from '../../app/utils/form-errors';
import { AddAgendaRecordMutation } from '../graphql/add-agenda-record.mutation';
import {
  AGENDA_RECORD_FIELDS,
  AGENDA_RECORD_KINDS,
  kindOf,
  recordText,
  validateAgendaRecordSearch,
  type AgendaCandidate,
  type AgendaRecordSearchValues,
} from '../utils/agenda-record-search';
import { useAgendaRecordSearch, type AgendaRecordSearch } from './useAgendaRecordSearch';

type Props = { panelId: string; item: AgendaItemFieldsFragment; onAnnounce: (text: string) => void; focusAfter: (...ids: string[]) => void };

export function addRecordButtonId(itemId: string): string {
  return `add-record-${itemId}`;
}

function Hidden({ children }: { children: string }) {
  return <span className="govuk-visually-hidden">{children}</span>;
}

function statusText(search: AgendaRecordSearch | null, found: ReturnType<typeof useAgendaRecordSearch>): string {
  if (!search || found.error) return '';
  if (found.loading) return 'Searching…';
  const n = found.matches.length;
  if (n === 0) return `No ${kindOf(search.kind).plural} match “${search.text}”.`;
  if (found.total > n) return `${found.total} matches for “${search.text}”. Showing the first ${n}: add words to narrow the search.`;
  return `${n === 1 ? '1 match' : `${n} matches`} for “${search.text}”.`;
}

// "Add a record" under one item: the button, and the form in its place while open (closing it starts afresh).
export function AddAgendaRecord(props: Props) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <AddAgendaRecordForm
        {...props}
        onClose={() => {
          setOpen(false);
          props.focusAfter(addRecordButtonId(props.item.id));
        }}
      />
    );
  }
  return (
    <p className="govuk-body govuk-!-margin-bottom-2">
      <button
        type="button"
        id={addRecordButtonId(props.item.id)}
        className="govuk-button govuk-button--secondary app-button--small govuk-!-margin-bottom-0"
        onClick={() => setOpen(true)}
      >
        Add a record <Hidden>{`to ${props.item.title}`}</Hidden>
      </button>
    </p>
  );
}

// Choose the kind, find the record by reference or name, add it with its own button. The form stays open
// after an add, so several records can go under the item one after another.
function AddAgendaRecordForm({ panelId, item, onAnnounce, focusAfter, onClose }: Props & { onClose: () => void }) {
  const [search, setSearch] = useState<AgendaRecordSearch | null>(null);
  const server = useServerErrors(AGENDA_RECORD_FIELDS);
  const found = useAgendaRecordSearch(panelId, search);
  const [add, adding] = useMutation(AddAgendaRecordMutation);
  const form = useForm<AgendaRecordSearchValues>({
    initial: { recordKind: '', text: '' },
    validate: validateAgendaRecordSearch,
    onSubmit: async (v) => {
      server.clear();
      if (v.recordKind) setSearch({ kind: v.recordKind, text: v.text.trim() });
    },
    serverErrors: server.fieldErrors,
    serverGeneral: server.general,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const id = (field: string) => `record-${item.id}-${field}`;
  const errors = Object.fromEntries(Object.entries(form.errors).map(([k, v]) => [id(k), v]));
  const heading = `Add a record to “${item.title}”`;
  const onItem = new Set(item.records.map((r) => `${r.kind}:${r.recordId}`));

  const addRecord = async (c: AgendaCandidate) => {
    server.clear();
    try {
      await add({ variables: { input: { itemId: item.id, recordKind: c.kind, recordId: c.id } } });
      onAnnounce(`${recordText(c)} added to “${item.title}”.`);
      // The button pressed is gone (the record is on the item now): back to the search box for the next one.
      focusAfter(id('text'));
    } catch (e) {
      server.show(e);
    }
  };

  return (
    <div className="app-agenda-form govuk-!-margin-bottom-4">
      <ErrorSummary errors={summaryItems(errors, AGENDA_RECORD_FIELDS.map(id), form.general)} />
      <h4 ref={headingRef} tabIndex={-1} className="govuk-heading-s">
        {heading}
      </h4>
      <form role="search" aria-label={heading} onSubmit={form.submit} noValidate>
        <Radios
          id={id('recordKind')}
          legend="Kind of record"
          options={AGENDA_RECORD_KINDS}
          value={form.values.recordKind}
          onChange={(v) => form.set('recordKind')(v as AgendaRecordSearchValues['recordKind'])}
          error={errors[id('recordKind')]}
        />
        <TextInput
          id={id('text')}
          label="Reference or name"
          hint="Part of the reference, name or title is enough"
          type="search"
          value={form.values.text}
          onChange={form.set('text')}
          error={errors[id('text')]}
          maxLength={LIMITS.searchLength}
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-!-width-two-thirds"
        />
        <ButtonGroup>
          <Button variant="secondary">Find records</Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Done <Hidden>adding records</Hidden>
          </Button>
        </ButtonGroup>
      </form>
      <p className="govuk-body" role="status" aria-live="polite">
        {statusText(search, found)}
      </p>
      {found.error && <LoadFailed message={found.error.message} />}
      {found.matches.length > 0 && (
        <ul className="govuk-list" aria-label={`Matches for “${search?.text ?? ''}”`}>
          {found.matches.map((c) => {
            const text = recordText(c);
            return (
              <li key={`${c.kind}:${c.id}`} className="govuk-!-margin-bottom-2">
                <span className="govuk-!-margin-right-2">{text}</span>
                {onItem.has(`${c.kind}:${c.id}`) ? (
                  <strong className="govuk-!-font-weight-bold">Already on this item</strong>
                ) : (
                  <button
                    type="button"
                    className="govuk-button app-button--small govuk-!-margin-bottom-0"
                    disabled={adding.loading}
                    onClick={() => void addRecord(c)}
                  >
                    Add <Hidden>{`${text} to this item`}</Hidden>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
