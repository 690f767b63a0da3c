import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { ButtonLink } from '../../../ui/Button';
import { InsetText } from '../../../ui/InsetText';
import { Loading } from '../../../ui/Loading';
import { LoadFailed } from '../../app/components/StatusContent';
import { hasErrorCode } from '../../app/utils/api-errors';
import { useCan } from '../../app/viewer-context';
import { IntelligenceList } from '../../intelligence/components/IntelligenceList';
import { SubjectIntelligenceQuery } from '../../intelligence/graphql/subject-intelligence.query';

function Entries({ nominalId, panelId }: { nominalId: string; panelId: string }) {
  const { data, loading, error } = useQuery(SubjectIntelligenceQuery, { variables: { panelId, subjectKind: 'NOMINAL', subjectId: nominalId } });
  if (hasErrorCode(error, 'FORBIDDEN')) return <InsetText>Your agency may not read intelligence on this panel.</InsetText>;
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return loading ? <Loading /> : null;
  return <IntelligenceList entries={data.intelligence.nodes} />;
}

export function NominalIntelligence({ nominalId, panelId }: { nominalId: string; panelId: string }) {
  const canRead = useCan(PERMISSIONS.INTELLIGENCE_READ);
  const canWrite = useCan(PERMISSIONS.INTELLIGENCE_WRITE);
  return (
    <section aria-labelledby="intelligence">
      <h2 className="govuk-heading-m" id="intelligence">
        Intelligence
      </h2>
      {canRead ? <Entries nominalId={nominalId} panelId={panelId} /> : <InsetText>Your agency may not read intelligence on this panel.</InsetText>}
      {canWrite && (
        <ButtonLink to={`/nominals/${nominalId}/intelligence/new`} variant="secondary">
          Add intelligence
        </ButtonLink>
      )}
    </section>
  );
}
