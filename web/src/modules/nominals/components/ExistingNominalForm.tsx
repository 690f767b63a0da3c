import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { LIMITS, NOMINAL_ROLES, type NominalRole } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { InsetText } from '../../../ui/InsetText';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { LoadFailed } from '../../app/components/StatusContent';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { roleLabel } from '../../records/utils/labels';
import { SEARCH_DEBOUNCE_MS, SEARCH_MIN_LENGTH } from '../../search/components/RecordSearch';
import { useDebouncedValue } from '../../search/components/useDebouncedValue';
import { NominalSearchQuery } from '../graphql/nominal-search.query';

export type ExistingNominalValues = { nominalId: string; role: NominalRole | '' };
export const EXISTING_NOMINAL_FIELDS = ['nominal-search', 'nominalId', 'role'];
const HIT_LIMIT = 25;

type Props = {
  panelId: string;
  /** Nominals already in the group: adding them again would only change their role. */
  memberIds: readonly string[];
  onSubmit: (values: { nominalId: string; role: NominalRole }) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

function useNominalSearch(panelId: string) {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const debounced = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Enter searches at once, without waiting for the pause.
  const term = submitted === text.trim() ? submitted : debounced;
  const ready = term.length >= SEARCH_MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(NominalSearchQuery, {
    variables: { panelId, text: term, limit: HIT_LIMIT },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const results = ready ? (data ?? previousData) : undefined;
  return { text, setText, searchNow: () => setSubmitted(text.trim()), ready, loading, error, results };
}

// Someone already on record, found as the person types, joins this group with a role.
export function ExistingNominalForm(props: Props) {
  const search = useNominalSearch(props.panelId);
  const hits = search.results?.search.hits ?? [];
  const candidates = hits.filter((h) => !props.memberIds.includes(h.id));
  const members = hits.length - candidates.length;
  const form = useForm<ExistingNominalValues>({
    initial: { nominalId: '', role: '' },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!candidates.some((c) => c.id === v.nominalId)) {
        if (candidates.length > 0) errors.nominalId = 'Select the person to add to this group';
        else errors['nominal-search'] = 'Search for the person by their reference, name or alias, then select them';
      }
      if (!v.role) errors.role = 'Select the nominal’s role in this group';
      return errors;
    },
    onSubmit: (v) => props.onSubmit({ nominalId: v.nominalId, role: v.role as NominalRole }),
    serverErrors: props.serverErrors,
    serverGeneral: props.serverGeneral,
  });
  const { values, set, errors } = form;
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    search.searchNow();
  };
  const typed = search.text.trim();
  const found = `${candidates.length === 0 ? 'No one' : candidates.length === 1 ? '1 person' : `${candidates.length} people`} found`;
  const status = !search.ready
    ? typed.length > 0
      ? `Enter at least ${SEARCH_MIN_LENGTH} characters`
      : ''
    : search.loading && !search.results
      ? 'Searching…'
      : search.results
        ? `${found}${members > 0 ? `; ${members} already in this group not listed` : ''}`
        : '';
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, EXISTING_NOMINAL_FIELDS, form.general)} />
      {props.heading}
      <form role="search" aria-label="Nominals already recorded" onSubmit={onSearch}>
        <TextInput
          id="nominal-search"
          label="Find the person"
          hint="Their reference, name or alias. Matches appear as you type."
          type="search"
          value={search.text}
          onChange={search.setText}
          error={errors['nominal-search']}
          maxLength={LIMITS.searchLength}
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-!-width-two-thirds"
        />
      </form>
      <p className="govuk-body" role="status" aria-live="polite">
        {status}
      </p>
      {search.error && !search.results && <LoadFailed message={search.error.message} />}
      {search.results && !search.results.search.namesSearched && (
        <InsetText>Nominals were looked up by reference only: your agency may not receive personal data.</InsetText>
      )}
      <form onSubmit={form.submit} noValidate>
        {candidates.length > 0 && (
          <Radios
            id="nominalId"
            legend="Select the person"
            options={candidates.map((c) => {
              const withheld = c.nominal?.personalDataWithheld ?? false;
              const reference = c.nominal?.reference ?? c.title;
              // A withheld nominal is shown by reference only: no name reaches this browser.
              return withheld
                ? { value: c.id, label: `${reference} (details withheld)` }
                : { value: c.id, label: c.title, hint: c.subtitle ?? undefined };
            })}
            value={values.nominalId}
            onChange={set('nominalId')}
            error={errors.nominalId}
          />
        )}
        <Radios
          id="role"
          legend="Role in this group"
          options={NOMINAL_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          value={values.role}
          onChange={(v) => set('role')(v as NominalRole)}
          error={errors.role}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>Add to group</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
