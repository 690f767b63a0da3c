import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { InsetText } from '../../../ui/InsetText';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { useCan } from '../../app/viewer-context';
import { DisruptionLedger } from '../../disruptions/components/DisruptionLedger';
import { OcgDisruptionsQuery } from '../../disruptions/graphql/ocg-disruptions.query';
import { IntelligenceList } from '../../intelligence/components/IntelligenceList';
import { OcgIntelligenceQuery } from '../../intelligence/graphql/ocg-intelligence.query';
import { PlanView } from '../../plans/components/PlanView';
import { OcgPlanQuery } from '../../plans/graphql/ocg-plan.query';
import { OcgSection } from './OcgSection';

// Each part loads on its own, so that one refused or failed part leaves the rest of the page standing.
function Intelligence({ ocgId }: { ocgId: string }) {
  const { data, loading, error } = useQuery(OcgIntelligenceQuery, { variables: { id: ocgId } });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return loading ? <Loading /> : null;
  if (data.ocg.intelligence === null || data.ocg.intelligence === undefined) {
    return <InsetText>Your agency may not read intelligence on this panel.</InsetText>;
  }
  return <IntelligenceList entries={data.ocg.intelligence} />;
}

function Plan({ ocgId, canWrite }: { ocgId: string; canWrite: boolean }) {
  const { data, loading, error } = useQuery(OcgPlanQuery, { variables: { id: ocgId } });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return loading ? <Loading /> : null;
  return <PlanView plan={data.ocg.plan} ocgId={ocgId} canWrite={canWrite} />;
}

function Disruptions({ ocgId, canWrite }: { ocgId: string; canWrite: boolean }) {
  const { data, loading, error } = useQuery(OcgDisruptionsQuery, { variables: { id: ocgId } });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return loading ? <Loading /> : null;
  return <DisruptionLedger disruptions={data.ocg.disruptions} ocgId={ocgId} canWrite={canWrite} />;
}

export function OcgWorkSections({ ocgId }: { ocgId: string }) {
  const canRead = useCan(PERMISSIONS.INTELLIGENCE_READ);
  const canAddIntelligence = useCan(PERMISSIONS.INTELLIGENCE_WRITE);
  const canPlan = useCan(PERMISSIONS.PLAN_WRITE);
  const canDisrupt = useCan(PERMISSIONS.DISRUPTION_WRITE);
  return (
    <>
      <OcgSection
        id="intelligence"
        title="Intelligence"
        action={canAddIntelligence && { to: `/ocgs/${ocgId}/intelligence/new`, text: 'Add intelligence' }}
      >
        {canRead ? <Intelligence ocgId={ocgId} /> : <InsetText>Your agency may not read intelligence on this panel.</InsetText>}
      </OcgSection>
      <OcgSection id="plan" title="4P plan" action={canPlan && { to: `/ocgs/${ocgId}/plan/new`, text: 'Add an objective' }}>
        <Plan ocgId={ocgId} canWrite={canPlan} />
      </OcgSection>
      <OcgSection id="disruptions" title="Disruptions" action={canDisrupt && { to: `/ocgs/${ocgId}/disruptions/new`, text: 'Record a disruption' }}>
        <Disruptions ocgId={ocgId} canWrite={canDisrupt} />
      </OcgSection>
    </>
  );
}
