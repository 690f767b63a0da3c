import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { AgencyMembers } from '../modules/agencies/components/AgencyMembers';
import { AgencySummary, IsaWarning } from '../modules/agencies/components/AgencySummary';
import { useAgency } from '../modules/agencies/components/useAgency';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useCan } from '../modules/app/viewer-context';

function AgencyDetails({ id }: { id: string }) {
  const { agency, loading, notFound, error } = useAgency(id);
  const canManage = useCan(PERMISSIONS.AGENCY_MANAGE);
  usePageTitle(agency?.name ?? 'Agency');
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !agency) return <Loading />;
  return (
    <>
      <BackLink to="/agencies">Back to agencies</BackLink>
      <span className="govuk-caption-l">Agency</span>
      <h1 className="govuk-heading-l">{agency.name}</h1>
      <IsaWarning agency={agency} />
      <AgencySummary agency={agency} />
      {canManage && (
        <ButtonLink to={`/agencies/${agency.id}/edit`} variant="secondary">
          Change agency details
        </ButtonLink>
      )}
      <AgencyMembers panelId={agency.panelId} agencyId={agency.id} agencyName={agency.name} />
    </>
  );
}

export function AgencyPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.AGENCY_READ}>
      <AgencyDetails key={id} id={id} />
    </RequirePermission>
  );
}
