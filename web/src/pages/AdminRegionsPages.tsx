import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { ButtonLink } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { Table } from '../ui/Table';
import { getFragmentData } from '../gql';
import type { AdministeredRegionFieldsFragment as Region } from '../gql/graphql';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { RequireAdmin } from '../modules/administration/components/RequireAdmin';
import { AdministeredPanelsQuery } from '../modules/administration/graphql/administration';
import { RegionAnalysts } from '../modules/regions/components/RegionAnalysts';
import { RegionForm, REGION_FORM_FIELDS, type RegionFormValues } from '../modules/regions/components/RegionForm';
import {
  AdministeredRegionFieldsFragment,
  AdministeredRegionQuery,
  AdministeredRegionsQuery,
  CreateRegionMutation,
  UpdateRegionMutation,
} from '../modules/regions/graphql/region-administration';
import { regionKindLabel } from '../modules/regions/utils/labels';

const columns = [
  {
    key: 'name',
    header: 'Region',
    cell: (r: Region) => (
      <Link className="govuk-link" to={`/admin/regions/${r.id}`}>
        {r.name}
      </Link>
    ),
  },
  { key: 'kind', header: 'Kind', cell: (r: Region) => regionKindLabel(r.kind) },
  { key: 'panels', header: 'Panels', cell: (r: Region) => r.panels.map((p) => p.name).join(', ') || 'None' },
  { key: 'analysts', header: 'Analysts', cell: (r: Region) => r.analysts.map((a) => a.name).join(', ') || 'None' },
];

/** Regional organised crime units and national units, each over some panels, with their analysts. */
export function AdminRegionsPage() {
  usePageTitle('Regions');
  const { data, loading, error } = useQuery(AdministeredRegionsQuery, { fetchPolicy: 'cache-and-network' });
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const regions = data ? data.administeredRegions.map((r) => getFragmentData(AdministeredRegionFieldsFragment, r)) : [];
  return (
    <RequireAdmin>
      <BackLink to="/admin">Back to administration</BackLink>
      {saved && <NotificationBanner success heading={`${saved} saved`} />}
      <h1 className="govuk-heading-l">Regions</h1>
      <p className="govuk-body">
        A regional organised crime unit or a national unit reads the figures of the panels it covers, in aggregate: never a panel&apos;s groups,
        people or records.
      </p>
      <ButtonLink to="/admin/regions/new">Create a region</ButtonLink>
      {error && <LoadFailed message="The regions could not be loaded. Try again later." />}
      {loading && !data && <Loading />}
      {data &&
        (regions.length ? (
          <Table caption="Regions in Sentinel" columns={columns} rows={regions} rowKey={(r) => r.id} />
        ) : (
          <p className="govuk-body">No regions yet.</p>
        ))}
    </RequireAdmin>
  );
}

const CANCEL = (
  <Link className="govuk-link" to="/admin/regions">
    Cancel
  </Link>
);

/** Every panel of the deployment, for choosing a region's panels (a national deployment has 43 forces). */
function usePanelChoices() {
  const { data, loading, error } = useQuery(AdministeredPanelsQuery, { variables: { search: null, limit: 100, offset: 0 } });
  return { panels: data?.administeredPanels.nodes.filter((p) => !p.disabled) ?? [], loading, error };
}

function useSaveRegion(id: string | null, version: number | null) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const server = useServerErrors(REGION_FORM_FIELDS);
  const [create, created] = useMutation(CreateRegionMutation);
  const [update, updated] = useMutation(UpdateRegionMutation);
  const save = async (values: RegionFormValues) => {
    server.clear();
    const input = { name: values.name.trim(), kind: values.kind as Region['kind'], panelIds: values.panelIds };
    try {
      if (id && version !== null) await update({ variables: { input: { ...input, id, version } } });
      else await create({ variables: { input } });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'administeredRegions' });
      client.cache.gc();
      await navigate('/admin/regions', { state: { saved: input.name } });
    } catch (error) {
      server.show(error);
      if (hasErrorCode(error, 'CONFLICT')) await client.refetchQueries({ include: [AdministeredRegionQuery] });
    }
  };
  return { save, server, submitting: created.loading || updated.loading };
}

export function AdminRegionNewPage() {
  const choices = usePanelChoices();
  const { save, server, submitting } = useSaveRegion(null, null);
  usePageTitle('Create a region', server.hasErrors);
  return (
    <RequireAdmin>
      <BackLink to="/admin/regions">Back to regions</BackLink>
      {choices.error && <LoadFailed message="The panels could not be loaded. Try again later." />}
      {choices.loading && <Loading />}
      {!choices.loading && !choices.error && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <RegionForm
              heading="Create a region"
              initial={{ name: '', kind: 'REGIONAL', panelIds: [] }}
              panels={choices.panels}
              submitLabel="Create region"
              onSubmit={save}
              serverErrors={server.fieldErrors}
              serverGeneral={server.general}
              submitting={submitting}
              cancel={CANCEL}
            />
          </div>
        </div>
      )}
    </RequireAdmin>
  );
}

function RegionEdit({ region }: { region: Region }) {
  const choices = usePanelChoices();
  const { save, server, submitting } = useSaveRegion(region.id, region.version);
  usePageTitle(region.name, server.hasErrors);
  if (choices.error) return <LoadFailed message="The panels could not be loaded. Try again later." />;
  if (choices.loading) return <Loading />;
  // A disabled panel the region still covers stays listed, so that saving does not drop it unseen.
  const panels = [
    ...choices.panels,
    ...region.panels.filter((p) => !choices.panels.some((c) => c.id === p.id)).map((p) => ({ ...p, forceName: '' })),
  ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <RegionForm
          key={region.version}
          heading={region.name}
          initial={{ name: region.name, kind: region.kind, panelIds: region.panels.map((p) => p.id) }}
          panels={panels}
          submitLabel="Save region"
          onSubmit={save}
          serverErrors={server.fieldErrors}
          serverGeneral={server.general}
          submitting={submitting}
          cancel={CANCEL}
        />
        <RegionAnalysts regionId={region.id} analysts={region.analysts} />
      </div>
    </div>
  );
}

export function AdminRegionPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AdministeredRegionQuery, { variables: { id } });
  const region = data ? getFragmentData(AdministeredRegionFieldsFragment, data.administeredRegion) : null;
  return (
    <RequireAdmin>
      <BackLink to="/admin/regions">Back to regions</BackLink>
      {error && (hasErrorCode(error, 'NOT_FOUND') ? <NotFoundContent /> : <LoadFailed message="The region could not be loaded. Try again later." />)}
      {loading && !data && <Loading />}
      {region && <RegionEdit region={region} />}
    </RequireAdmin>
  );
}
