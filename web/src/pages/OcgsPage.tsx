import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { getFragmentData } from '../gql';
import { ButtonGroup, ButtonLink } from '../ui/Button';
import { Select } from '../ui/Select';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { holds, useViewer } from '../modules/app/viewer-context';
import { OcgFilter } from '../modules/ocgs/components/OcgFilter';
import { OcgTable } from '../modules/ocgs/components/OcgTable';
import { useOfficerOptions } from '../modules/ocgs/components/useOfficerOptions';
import { OcgsQuery } from '../modules/ocgs/graphql/ocgs.query';
import { EMPTY_OCG_FILTER, OCG_SORT_OPTIONS, ocgListFilter, type OcgFilterValues } from '../modules/ocgs/utils/ocg-filter';
import type { OcgSort } from '../gql/graphql';
import { OcgExportButtons } from '../modules/records-io/components/OcgExportButtons';
import { PanelScoringFragment } from '../modules/panels/graphql/panel-scoring.fragment';
import { PanelScoringQuery } from '../modules/panels/graphql/panel-scoring.query';
import { PagedResults } from '../modules/app/components/PagedResults';

function SortForm({ sort, onSort }: { sort: OcgSort; onSort: (sort: OcgSort) => void }) {
  const [choice, setChoice] = useState<OcgSort>(sort);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSort(choice);
  };
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Sort groups">
      <Select id="sort" label="Sort by" value={choice} onChange={(v) => setChoice(v as OcgSort)} options={OCG_SORT_OPTIONS} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Sort
      </button>
    </form>
  );
}

function OcgList({ panelId, canExport }: { panelId: string; canExport: boolean }) {
  const [filter, setFilter] = useState<OcgFilterValues>(EMPTY_OCG_FILTER);
  const [sort, setSort] = useState<OcgSort>('SCORE');
  const paging = usePaging();
  const officers = useOfficerOptions(panelId);
  // The panel's own tier names, which its chair may have changed.
  const scoringQuery = useQuery(PanelScoringQuery, { variables: { id: panelId } });
  const scoring = getFragmentData(PanelScoringFragment, scoringQuery.data?.panel);
  // One filter object for the list and its export.
  const listFilter = ocgListFilter(filter);
  const { data, loading, error } = useQuery(OcgsQuery, {
    variables: { panelId, filter: listFilter, sort, limit: paging.limit, offset: paging.offset },
  });
  const apply = (next: OcgFilterValues) => {
    setFilter(next);
    paging.resetPage();
  };
  const onSort = (next: OcgSort) => {
    setSort(next);
    paging.resetPage();
  };
  return (
    <div className="moj-filter-layout app-filter-layout--stacked">
      <div className="moj-filter-layout__filter">
        <OcgFilter applied={filter} onApply={apply} officers={officers.options} tiers={scoring?.tiers.map((t) => t.name)} />
      </div>
      <div className="moj-filter-layout__content">
        <SortForm sort={sort} onSort={onSort} />
        {canExport && <OcgExportButtons panelId={panelId} filter={listFilter} sort={sort} />}
        <PagedResults page={data?.ocgs} loading={loading} error={error} paging={paging} noun={['group', 'groups']}>
          {(nodes) => <OcgTable ocgs={nodes} caption="Organised crime groups" />}
        </PagedResults>
      </div>
    </div>
  );
}

export function OcgsPage() {
  const { membership } = useViewer();
  usePageTitle('Organised crime groups');
  return (
    <RequirePermission permission={PERMISSIONS.OCG_READ}>
      <h1 className="govuk-heading-l">Organised crime groups</h1>
      <ButtonGroup>
        {holds(membership, PERMISSIONS.OCG_WRITE) && <ButtonLink to="/ocgs/new">Record a group</ButtonLink>}
        {holds(membership, PERMISSIONS.RECORD_IMPORT) && (
          <ButtonLink to="/import" variant="secondary">
            Import records
          </ButtonLink>
        )}
      </ButtonGroup>
      {membership && <OcgList key={membership.panelId} panelId={membership.panelId} canExport={holds(membership, PERMISSIONS.RECORD_EXPORT)} />}
    </RequirePermission>
  );
}
