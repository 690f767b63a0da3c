import { useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { NewIntelligence } from '../modules/intelligence/components/NewIntelligence';
import { useNominal } from '../modules/nominals/components/useNominal';
import { useOcg } from '../modules/ocgs/components/useOcg';

function ForOcg({ id }: { id: string }) {
  const { ocg, loading, notFound, error } = useOcg(id);
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg) return <Loading />;
  return <NewIntelligence panelId={ocg.panelId} subjectKind="OCG" subjectId={id} caption={`${ocg.reference} ${ocg.name}`} backTo={`/ocgs/${id}`} />;
}

function ForNominal({ id }: { id: string }) {
  const { nominal, loading, notFound, error } = useNominal(id);
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !nominal) return <Loading />;
  return (
    <NewIntelligence
      panelId={nominal.panelId}
      subjectKind="NOMINAL"
      subjectId={id}
      caption={`Nominal ${nominal.reference}`}
      backTo={`/nominals/${id}`}
    />
  );
}

export function OcgIntelligenceNewPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.INTELLIGENCE_WRITE}>
      <ForOcg key={id} id={id} />
    </RequirePermission>
  );
}

export function NominalIntelligenceNewPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.INTELLIGENCE_WRITE}>
      <ForNominal key={id} id={id} />
    </RequirePermission>
  );
}
