import { Link, useParams } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { ContentsList } from '../ui/ContentsList';
import { Loading } from '../ui/Loading';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useCan, useViewer } from '../modules/app/viewer-context';
import { OcgTasks } from '../modules/tasks/components/OcgTasks';
import { OcgNominals } from '../modules/ocgs/components/OcgNominals';
import { OcgPlaces } from '../modules/ocgs/components/OcgPlaces';
import { OcgSection } from '../modules/ocgs/components/OcgSection';
import { OcgSummary } from '../modules/ocgs/components/OcgSummary';
import { MarkingTag } from '../modules/records/components/OcgTags';
import { ArchivedNote } from '../modules/record-reviews/components/ArchivedNote';
import { OcgVehicles } from '../modules/ocgs/components/OcgVehicles';
import { ThreatScore } from '../modules/ocgs/components/ThreatScore';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { useScrollToHash } from '../modules/ocgs/components/useScrollToHash';
import { OcgWorkSections } from '../modules/ocgs/components/OcgWorkSections';

const CONTENTS = [
  { id: 'summary', text: 'Summary' },
  { id: 'threat-score', text: 'Threat score' },
  { id: 'nominals', text: 'Nominals' },
  { id: 'vehicles', text: 'Vehicles' },
  { id: 'places', text: 'Places' },
  { id: 'intelligence', text: 'Intelligence' },
  { id: 'plan', text: '4P plan' },
  { id: 'disruptions', text: 'Disruptions' },
  { id: 'tasks', text: 'Tasks' },
];

function OcgDetails({ id }: { id: string }) {
  const { ocg, history, links, loading, notFound, error } = useOcg(id);
  const canWrite = useCan(PERMISSIONS.OCG_WRITE);
  const canReadTasks = useCan(PERMISSIONS.TASK_READ);
  const canManageTasks = useCan(PERMISSIONS.TASK_MANAGE);
  const { membership } = useViewer();
  usePageTitle(ocg ? `${ocg.reference} ${ocg.name}` : 'Organised crime group');
  useScrollToHash(Boolean(ocg && links));
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg || !links) return <Loading />;
  const action = (path: string, text: string) => canWrite && { to: `/ocgs/${id}/${path}`, text };
  return (
    <>
      <BackLink to="/ocgs">Back to groups</BackLink>
      <span className="govuk-caption-l">{ocg.reference}</span>
      <h1 className="govuk-heading-l">{ocg.name}</h1>
      <p className="govuk-body">
        <MarkingTag marking={ocg.gscMarking} />
      </p>
      <ArchivedNote archivedAt={ocg.archivedAt} />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/link-chart?ocgId=${id}`}>
          View on the link chart
        </Link>
      </p>
      <ContentsList items={CONTENTS} />
      <OcgSection id="summary" title="Summary" action={action('edit', 'Change group details')}>
        <OcgSummary ocg={ocg} canWrite={canWrite} />
      </OcgSection>
      <OcgSection id="threat-score" title="Threat score" action={action('score', 'Score this group')}>
        <ThreatScore history={history} />
      </OcgSection>
      <OcgSection id="nominals" title="Nominals" action={action('nominals/new', 'Add a nominal')}>
        <OcgNominals ocgId={id} nominals={links.nominals} canWrite={canWrite} />
      </OcgSection>
      <OcgSection id="vehicles" title="Vehicles" action={action('vehicles/new', 'Add a vehicle')}>
        <OcgVehicles ocgId={id} vehicles={links.vehicles} canWrite={canWrite} />
      </OcgSection>
      <OcgSection id="places" title="Places" action={action('places/new', 'Add a place')}>
        <OcgPlaces ocgId={id} places={links.places} canWrite={canWrite} />
      </OcgSection>
      <OcgWorkSections ocgId={id} />
      {canReadTasks && membership && (
        <OcgSection id="tasks" title="Tasks" action={canManageTasks && { to: `/tasks/new?ocgId=${id}`, text: 'Allocate a task' }}>
          <OcgTasks panelId={membership.panelId} ocgId={id} />
        </OcgSection>
      )}
    </>
  );
}

export function OcgPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_READ}>
      <OcgDetails key={id} id={id} />
    </RequirePermission>
  );
}
