import { useState, type FormEvent, type ReactNode } from 'react';
import { LIMITS } from '@sentinel/shared';
import { TextInput } from '../../../ui/TextInput';

type Props = { label: string; initial: string; onSearch: (search: string) => void; children?: ReactNode };

// Filters apply on a button press, never as the person types, so focus and context stay where they are.
export function SearchForm({ label, initial, onSearch, children }: Props) {
  const [search, setSearch] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(search.trim());
  };
  return (
    <form className="app-filters" role="search" onSubmit={submit}>
      <TextInput
        id="search"
        label={label}
        type="search"
        value={search}
        onChange={setSearch}
        maxLength={LIMITS.searchLength}
        widthClass="govuk-input--width-20"
      />
      {children}
      <button type="submit" className="govuk-button govuk-button--secondary">
        Search
      </button>
    </form>
  );
}

export function resultsText(offset: number, shown: number, total: number, noun: [string, string]): string {
  if (total === 0) return `No ${noun[1]} found`;
  return `Showing ${offset + 1} to ${offset + shown} of ${total} ${total === 1 ? noun[0] : noun[1]}`;
}
