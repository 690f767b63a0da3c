import { useState } from 'react';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  CONSULTATION_ACTION_LABELS,
  CONSULTATION_ACTIONS,
  DATA_CHANNEL_LABELS,
  DATA_CHANNELS,
  type DataChannelName,
} from '@sentinel/shared';
import { DateField, isIsoDate } from '../../../ui/DateField';
import { FilterPanel, useFilterDraft } from '../../../ui/FilterPanel';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { EMPTY_LOG_FILTER, isLogFiltered, type LogFilterValues, type LogKind } from '../utils/log-filter';

type Props = {
  applied: LogFilterValues;
  onApply: (filter: LogFilterValues) => void;
  nominals: SelectOption[];
  people: SelectOption[];
  agencies: SelectOption[];
};

// MOJ's filter pattern, applied on a button press (WCAG 3.2.2); the dates are checked before they apply.
export function LogFilter({ applied, onApply, nominals, people, agencies }: Props) {
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const apply = (f: LogFilterValues) => {
    const found = {
      from: f.from && !isIsoDate(f.from) ? 'Enter the first day as a real date, for example 2026-03-31' : undefined,
      to:
        f.to && !isIsoDate(f.to)
          ? 'Enter the last day as a real date, for example 2026-03-31'
          : f.from && f.to && f.to < f.from
            ? 'The last day must be on or after the first day'
            : undefined,
    };
    setErrors(found);
    if (!found.from && !found.to) onApply(f);
  };
  const { draft, set, submit, clear } = useFilterDraft<LogFilterValues>(applied, { ...EMPTY_LOG_FILTER, log: applied.log }, apply);
  const consultation = draft.log === 'CONSULTATION';
  const actions = consultation
    ? CONSULTATION_ACTIONS.map((a) => ({ value: a, label: CONSULTATION_ACTION_LABELS[a] }))
    : // Sign-ins belong to no panel, so a panel's trail holds none of them.
      AUDIT_ACTIONS.filter((a) => a !== 'SIGN_IN' && a !== 'SIGN_OUT').map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }));
  return (
    <FilterPanel label="Filter the log" filtered={isLogFiltered(applied)} onSubmit={submit} onClear={clear}>
      <Radios
        id="filter-log"
        legend="Log"
        value={draft.log}
        onChange={(v) => {
          set('log')(v as LogKind);
          set('action')('');
          set('channel')('');
        }}
        options={[
          { value: 'CONSULTATION', label: 'Consultations and disclosures', hint: 'The s.62 log of personal data shown or sent' },
          { value: 'AUDIT', label: 'Changes', hint: 'The audit trail of records created, changed and removed' },
        ]}
      />
      <Select
        id="filter-nominal"
        label="Person recorded"
        hint="Find them under Subject access first"
        value={draft.nominalId}
        onChange={set('nominalId')}
        options={[{ value: '', label: 'Anyone' }, ...nominals]}
      />
      <Select
        id="filter-user"
        label="Member"
        value={draft.userId}
        onChange={set('userId')}
        options={[{ value: '', label: 'Any member' }, ...people]}
      />
      <Select
        id="filter-agency"
        label="Agency"
        value={draft.agencyId}
        onChange={set('agencyId')}
        options={[{ value: '', label: 'Any agency' }, ...agencies]}
      />
      {consultation && (
        <Select
          id="filter-channel"
          label="Channel"
          value={draft.channel}
          onChange={(v) => set('channel')(v as DataChannelName | '')}
          options={[{ value: '', label: 'Any channel' }, ...DATA_CHANNELS.map((c) => ({ value: c, label: DATA_CHANNEL_LABELS[c] }))]}
        />
      )}
      <Select
        id="filter-action"
        label="Action"
        value={draft.action}
        onChange={(v) => set('action')(v as LogFilterValues['action'])}
        options={[{ value: '', label: 'Any action' }, ...actions]}
      />
      <DateField id="filter-from" label="From" value={draft.from} onChange={set('from')} error={errors.from} />
      <DateField id="filter-to" label="To" value={draft.to} onChange={set('to')} error={errors.to} />
    </FilterPanel>
  );
}
