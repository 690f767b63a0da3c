import { useState, type FormEvent } from 'react';
import { TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '@sentinel/shared';
import { Checkboxes } from '../../../ui/Checkboxes';
import { Select, type SelectOption } from '../../../ui/Select';
import { GroupPicker } from '../../ocgs/components/GroupPicker';
import { EMPTY_TASK_FILTER, isTaskFiltered, type TaskFilterValues } from '../utils/task-filter';

type Props = {
  panelId: string;
  applied: TaskFilterValues;
  onApply: (filter: TaskFilterValues) => void;
  agencies: SelectOption[];
};

// MOJ's filter pattern, applied on a button press as the groups list does (WCAG 3.2.2).
export function TaskFilter({ panelId, applied, onApply, agencies }: Props) {
  const [draft, setDraft] = useState<TaskFilterValues>(applied);
  const set = <K extends keyof TaskFilterValues>(field: K) => (value: TaskFilterValues[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(EMPTY_TASK_FILTER);
    onApply(EMPTY_TASK_FILTER);
  };
  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Filter</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" onSubmit={submit} aria-label="Filter tasks">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
          {isTaskFiltered(applied) && (
            <button type="button" className="govuk-button govuk-button--secondary app-filter__clear" onClick={clear}>
              Clear filters
            </button>
          )}
          <Checkboxes
            id="filter-statuses"
            legend="Status"
            hint="Leave all unticked to see every status"
            options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
            values={draft.statuses}
            onChange={(v) => set('statuses')(v as TaskStatus[])}
          />
          <Select id="filter-agency" label="Agency" value={draft.agencyId} onChange={set('agencyId')} options={[{ value: '', label: 'Any agency' }, ...agencies]} />
          <GroupPicker id="filter-group" panelId={panelId} noneLabel="Any group" value={draft.ocgId} onChange={set('ocgId')} />
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="filter-overdue"
                  name="filter-overdue"
                  type="checkbox"
                  checked={draft.overdueOnly}
                  onChange={(e) => set('overdueOnly')(e.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-overdue">
                  Overdue only
                </label>
              </div>
            </div>
          </div>
        </form>
      </div>
    </div>
  );
}
