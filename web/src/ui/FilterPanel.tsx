import { useState, type FormEvent, type ReactNode } from 'react';

/** The draft a filter edits until "Apply filters", as the MOJ filter pattern asks (applied on a button press, WCAG 3.2.2). */
export function useFilterDraft<T extends object>(applied: T, empty: T, onApply: (values: T) => void) {
  const [draft, setDraft] = useState<T>(applied);
  const set =
    <K extends keyof T>(field: K) =>
    (value: T[K]) =>
      setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(empty);
    onApply(empty);
  };
  return { draft, set, submit, clear };
}

type Props = {
  /** Names the form for assistive technology, e.g. "Filter tasks". */
  label: string;
  /** Offers "Clear filters" while a filter is applied. */
  filtered: boolean;
  onSubmit: (event: FormEvent) => void;
  onClear: () => void;
  children: ReactNode;
};

/** MOJ's filter panel: a heading, "Apply filters", "Clear filters" while one is applied, then the fields. */
export function FilterPanel({ label, filtered, onSubmit, onClear, children }: Props) {
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Filter</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" onSubmit={onSubmit} aria-label={label}>
          <button type="submit" className="govuk-button" data-prevent-double-click="true">
            Apply filters
          </button>
          {filtered && (
            <button type="button" className="govuk-button govuk-button--secondary app-filter__clear" onClick={onClear}>
              Clear filters
            </button>
          )}
          {children}
        </form>
      </div>
    </div>
  );
}
