import { useState } from 'react';
import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS, type ReferralStatus } from '@sentinel/shared';
import { Select } from '../../../ui/Select';
import { SearchForm } from '../../app/components/SearchForm';

export type ReferralFilterValues = { search: string; status: ReferralStatus | '' };

export const EMPTY_REFERRAL_FILTER: ReferralFilterValues = { search: '', status: '' };

type Props = { applied: ReferralFilterValues; onApply: (filter: ReferralFilterValues) => void };

// The words and the status apply together on the button press, as the members list does.
export function ReferralFilter({ applied, onApply }: Props) {
  const [status, setStatus] = useState<ReferralStatus | ''>(applied.status);
  return (
    <SearchForm label="Search by reference or words" initial={applied.search} onSearch={(search) => onApply({ search, status })}>
      <Select
        id="status-filter"
        label="Status"
        value={status}
        onChange={(v) => setStatus(v as ReferralStatus | '')}
        options={[{ value: '', label: 'Any status' }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: REFERRAL_STATUS_LABELS[s] }))]}
      />
    </SearchForm>
  );
}
