import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@sentinel/shared';
import { InsetText } from '../../../ui/InsetText';
import { TextInput } from '../../../ui/TextInput';
import { LoadFailed } from '../../app/components/StatusContent';
import { SearchRecordsQuery } from '../graphql/search.query';
import { SearchHits } from './SearchHits';
import { useDebouncedValue } from './useDebouncedValue';

export const SEARCH_DEBOUNCE_MS = 250;
export const SEARCH_MIN_LENGTH = 2;
const HIT_LIMIT = 25;

// Searches as the person types, after a pause; the text stays in React state, never in the address or storage.
export function RecordSearch({ panelId }: { panelId: string }) {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const debounced = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  // Enter searches at once, without waiting for the pause.
  const term = submitted === text.trim() ? submitted : debounced;
  const ready = term.length >= SEARCH_MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(SearchRecordsQuery, {
    variables: { panelId, text: term, limit: HIT_LIMIT },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const results = ready ? (data ?? previousData) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(text.trim());
  };
  const hits = results?.search.hits ?? [];
  const status = !ready
    ? text.trim().length > 0
      ? `Enter at least ${SEARCH_MIN_LENGTH} characters`
      : ''
    : loading && !results
      ? 'Searching…'
      : results
        ? `${hits.length === 0 ? 'No' : hits.length} ${hits.length === 1 ? 'record' : 'records'} found`
        : '';
  return (
    <>
      <form role="search" onSubmit={submit} aria-label="Records">
        <TextInput
          id="search-text"
          label="Search records"
          hint="A reference, a name or alias, a registration, an address or an area. Results appear as you type."
          type="search"
          value={text}
          onChange={setText}
          maxLength={LIMITS.searchLength}
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-!-width-two-thirds"
        />
      </form>
      <p className="govuk-body" role="status" aria-live="polite">
        {status}
      </p>
      {error && !results && <LoadFailed message={error.message} />}
      {results && !results.search.namesSearched && (
        <InsetText>Nominals were looked up by reference only: your agency may not receive personal data.</InsetText>
      )}
      {results && <SearchHits hits={hits} />}
    </>
  );
}
