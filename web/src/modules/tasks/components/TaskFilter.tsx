import { FilterPanel, useFilterDraft } from '../../../ui/FilterPanel';
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

// MOJ's filter pattern, applied on a button press (WCAG 3.2.2).
export function TaskFilter({ panelId, applied, onApply, agencies }: Props) {
  const { draft, set, submit, clear } = useFilterDraft<TaskFilterValues>(applied, EMPTY_TASK_FILTER, onApply);
  return (
    <FilterPanel label="Filter tasks" filtered={isTaskFiltered(applied)} onSubmit={submit} onClear={clear}>
      <Checkboxes
        id="filter-statuses"
        legend="Status"
        hint="Leave all unticked to see every status"
        options={TASK_STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
        values={draft.statuses}
        onChange={(v) => set('statuses')(v as TaskStatus[])}
      />
      <Select
        id="filter-agency"
        label="Agency"
        value={draft.agencyId}
        onChange={set('agencyId')}
        options={[{ value: '', label: 'Any agency' }, ...agencies]}
      />
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
    </FilterPanel>
  );
}
