import { FilterPanel, useFilterDraft } from '../../../ui/FilterPanel';
import { CRIME_TYPES, CRIME_TYPE_LABELS, DEFAULT_TIERS, LIMITS, OCG_STATUSES, type CrimeType, type OcgStatus } from '@sentinel/shared';
import { Checkboxes } from '../../../ui/Checkboxes';
import { Select, type SelectOption } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { statusLabel } from '../../records/utils/labels';
import { EMPTY_OCG_FILTER, isFiltered, type OcgFilterValues } from '../utils/ocg-filter';

type Props = {
  applied: OcgFilterValues;
  onApply: (filter: OcgFilterValues) => void;
  officers: SelectOption[];
  tiers?: readonly string[];
};

// MOJ's filter pattern without its script: the options are always shown and apply on a button press,
// so that nothing changes while someone is still choosing (WCAG 3.2.2).
export function OcgFilter({ applied, onApply, officers, tiers = DEFAULT_TIERS.map((t) => t.name) }: Props) {
  const { draft, set, submit, clear } = useFilterDraft<OcgFilterValues>(applied, EMPTY_OCG_FILTER, onApply);
  return (
    <FilterPanel label="Filter groups" filtered={isFiltered(applied)} onSubmit={submit} onClear={clear}>
      <TextInput
        id="filter-search"
        label="Name or reference"
        type="search"
        value={draft.search}
        onChange={set('search')}
        maxLength={LIMITS.searchLength}
      />
      <Checkboxes
        id="filter-statuses"
        legend="Status"
        hint="Leave all unticked to see every status except archived"
        options={OCG_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        values={draft.statuses}
        onChange={(v) => set('statuses')(v as OcgStatus[])}
      />
      <Select
        id="filter-tier"
        label="Tier"
        value={draft.tier}
        onChange={set('tier')}
        options={[{ value: '', label: 'Any tier' }, ...tiers.map((t) => ({ value: t, label: t }))]}
      />
      <Select
        id="filter-crime-type"
        label="Crime type"
        value={draft.crimeType}
        onChange={(v) => set('crimeType')(v as CrimeType | '')}
        options={[{ value: '', label: 'Any crime type' }, ...CRIME_TYPES.map((c) => ({ value: c, label: CRIME_TYPE_LABELS[c] }))]}
      />
      <TextInput id="filter-area" label="Area" value={draft.area} onChange={set('area')} maxLength={LIMITS.nameLength} />
      <Select
        id="filter-lro"
        label="Lead responsible officer"
        value={draft.lroUserId}
        onChange={set('lroUserId')}
        options={[{ value: '', label: 'Any officer' }, ...officers]}
      />
    </FilterPanel>
  );
}
