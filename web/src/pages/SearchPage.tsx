import { PERMISSIONS } from '@sentinel/shared';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { RecordSearch } from '../modules/search/components/RecordSearch';

export function SearchPage() {
  const { membership } = useViewer();
  usePageTitle('Search');
  return (
    <RequirePermission permission={PERMISSIONS.RECORD_SEARCH}>
      <h1 className="govuk-heading-l">Search</h1>
      {membership && <RecordSearch key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
