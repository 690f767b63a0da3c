import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useCan } from '../modules/app/viewer-context';
import { NominalGroups, NominalPersonalDetails, NominalPlaces, NominalVehicles, RiskWarning } from '../modules/nominals/components/NominalDetails';
import { useNominal } from '../modules/nominals/components/useNominal';
import { MarkingTag } from '../modules/records/components/OcgTags';
import { ArchivedNote } from '../modules/record-reviews/components/ArchivedNote';
import { NominalIntelligence } from '../modules/nominals/components/NominalIntelligence';

function NominalView({ id }: { id: string }) {
  const { nominal, loading, notFound, error } = useNominal(id);
  const canWrite = useCan(PERMISSIONS.OCG_WRITE);
  // The title carries the reference only: names do not belong in browser history.
  usePageTitle(nominal ? `Nominal ${nominal.reference}` : 'Nominal');
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !nominal) return <Loading />;
  const withheld = nominal.personalDataWithheld;
  return (
    <>
      <span className="govuk-caption-l">{withheld ? 'Nominal' : `Nominal ${nominal.reference}`}</span>
      <h1 className="govuk-heading-l">{withheld ? nominal.reference : nominal.displayName}</h1>
      <p className="govuk-body">
        <MarkingTag marking={nominal.gscMarking} />
      </p>
      <ArchivedNote archivedAt={nominal.archivedAt} />
      <RiskWarning nominal={nominal} />
      <h2 className="govuk-heading-m">Personal details</h2>
      <NominalPersonalDetails nominal={nominal} canWrite={canWrite && !withheld} />
      {canWrite && !withheld && (
        <ButtonLink to={`/nominals/${id}/edit`} variant="secondary">
          Change personal details
        </ButtonLink>
      )}
      <h2 className="govuk-heading-m">Groups</h2>
      <NominalGroups nominal={nominal} />
      <h2 className="govuk-heading-m">Vehicles</h2>
      <NominalVehicles nominal={nominal} />
      <h2 className="govuk-heading-m">Places</h2>
      <NominalPlaces nominal={nominal} />
      <NominalIntelligence nominalId={id} panelId={nominal.panelId} />
    </>
  );
}

export function NominalPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_READ}>
      <NominalView key={id} id={id} />
    </RequirePermission>
  );
}
