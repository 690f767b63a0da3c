import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { CRIME_TYPE_LABELS, PERMISSIONS } from '@sentinel/shared';
import { getFragmentData } from '../gql';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { SummaryList } from '../ui/SummaryList';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { formatDate } from '../modules/app/utils/dates';
import { holds, useViewer } from '../modules/app/viewer-context';
import { ThreatForm } from '../modules/emerging-threats/components/ThreatForm';
import { ThreatCoverage, ThreatStatusTag } from '../modules/emerging-threats/components/ThreatTags';
import { EmergingThreatFieldsFragment } from '../modules/emerging-threats/graphql/emerging-threat.fragment';
import { EmergingThreatQuery } from '../modules/emerging-threats/graphql/emerging-threat.query';
import { RaiseEmergingThreatMutation } from '../modules/emerging-threats/graphql/raise-emerging-threat.mutation';
import { UpdateEmergingThreatMutation } from '../modules/emerging-threats/graphql/update-emerging-threat.mutation';
import { THREAT_FORM_FIELDS, threatFields, threatFormFrom, type ThreatFormValues } from '../modules/emerging-threats/utils/threat-form';

function useThreat(id: string, fetchPolicy: 'cache-first' | 'network-only' = 'cache-first') {
  const { data, error, loading, refetch } = useQuery(EmergingThreatQuery, { variables: { id }, fetchPolicy });
  const reload = async () => getFragmentData(EmergingThreatFieldsFragment, (await refetch()).data?.emergingThreat);
  return { threat: getFragmentData(EmergingThreatFieldsFragment, data?.emergingThreat), error, loading, reload };
}

function RaiseThreat({ panelId }: { panelId: string }) {
  const navigate = useNavigate();
  const server = useServerErrors(THREAT_FORM_FIELDS);
  const [raise, { loading }] = useMutation(RaiseEmergingThreatMutation, { refetchQueries: ['EmergingThreats'] });
  usePageTitle('Raise an emerging threat', server.hasErrors);
  return (
    <ThreatForm
      initial={threatFormFrom(null)}
      heading={<h1 className="govuk-heading-l">Raise an emerging threat</h1>}
      submitText="Raise threat"
      cancel={
        <Link className="govuk-link" to="/emerging-threats">
          Cancel
        </Link>
      }
      serverErrors={server.fieldErrors}
      serverGeneral={server.general}
      submitting={loading}
      onSubmit={async (v) => {
        server.clear();
        try {
          const { data } = await raise({ variables: { input: { panelId, ...threatFields(v) } } });
          if (data) await navigate(`/emerging-threats/${data.raiseEmergingThreat.id}`);
        } catch (e) {
          server.show(e);
        }
      }}
    />
  );
}

export function EmergingThreatNewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.THREAT_RAISE}>
      <BackLink to="/emerging-threats">Back to emerging threats</BackLink>
      {membership && <RaiseThreat key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}

function Threat({ id }: { id: string }) {
  const { viewer, membership } = useViewer();
  const { threat, error } = useThreat(id);
  usePageTitle(threat ? threat.title : 'Emerging threat');
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !threat) return <LoadFailed message={error.message} />;
  if (!threat) return <Loading />;
  const canEdit = holds(membership, PERMISSIONS.MEETING_MANAGE) || threat.raisedByUserId === viewer.id;
  return (
    <>
      <BackLink to="/emerging-threats">Back to emerging threats</BackLink>
      <span className="govuk-caption-l">Emerging threat</span>
      <h1 className="govuk-heading-l">{threat.title}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <ThreatStatusTag status={threat.status} /> },
          {
            key: 'Description',
            value: <span className="app-pre-wrap">{threat.description}</span>,
            action: canEdit ? { to: `/emerging-threats/${threat.id}/edit`, text: 'Change', visuallyHiddenText: 'the threat' } : undefined,
          },
          { key: 'Crime type', value: threat.crimeType ? CRIME_TYPE_LABELS[threat.crimeType] : 'Not set' },
          { key: 'Area', value: threat.area ?? 'Not set' },
          {
            key: 'Raised',
            value: `${formatDate(threat.createdAt.slice(0, 10))}${threat.raisedByName ? ` by ${threat.raisedByName}` : ''}${threat.raisedByAgencyName ? `, ${threat.raisedByAgencyName}` : ''}`,
          },
          { key: 'Meetings', value: <ThreatCoverage outcomes={threat.outcomes} /> },
        ]}
      />
    </>
  );
}

export function EmergingThreatPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <Threat key={id} id={id} />
    </RequirePermission>
  );
}

function EditThreat({ id }: { id: string }) {
  const navigate = useNavigate();
  // Opened from the server, not the cache, so that the form starts from the newest version.
  const { threat, error, reload } = useThreat(id, 'network-only');
  const version = useOpenedVersion(threat?.version);
  const conflict = useConflict<ThreatFormValues>('EmergingThreat');
  const server = useServerErrors(THREAT_FORM_FIELDS);
  const [update, updating] = useMutation(UpdateEmergingThreatMutation);
  usePageTitle('Change the emerging threat', server.hasErrors);
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundContent />;
  if (error && !threat) return <LoadFailed message={error.message} />;
  if (!threat) return <Loading />;
  const back = `/emerging-threats/${threat.id}`;
  return (
    <>
      <BackLink to={back}>Back to the threat</BackLink>
      <ThreatForm
        initial={threatFormFrom(threat)}
        heading={
          <>
            <h1 className="govuk-heading-l">Change the emerging threat</h1>
            {conflict.review(threatFormFrom(threat), { crimeType: CRIME_TYPE_LABELS })}
          </>
        }
        submitText="Save changes"
        cancel={
          <Link className="govuk-link" to={back}>
            Cancel
          </Link>
        }
        serverErrors={server.fieldErrors}
        serverGeneral={server.general}
        submitting={updating.loading}
        onSubmit={async (v) => {
          server.clear();
          try {
            await update({ variables: { input: { id: threat.id, version: version.current(), ...threatFields(v) } } });
            await navigate(back);
          } catch (e) {
            server.show(e);
            await conflict.caught(e, v, async () => version.moveTo((await reload())?.version));
          }
        }}
      />
    </>
  );
}

// The API decides who may edit (the raiser, the chair, the coordinator); anyone else is refused there.
export function EmergingThreatEditPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.MEETING_READ}>
      <EditThreat key={id} id={id} />
    </RequirePermission>
  );
}
