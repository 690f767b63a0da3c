import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonLink } from '../ui/Button';
import { ConfirmStep } from '../ui/ConfirmStep';
import { NotificationBanner } from '../ui/NotificationBanner';
import { Table } from '../ui/Table';
import { Tag } from '../ui/Tag';
import type { AdministeredPanelsQuery as PanelsData } from '../gql/graphql';
import { SearchForm } from '../modules/app/components/SearchForm';
import { apiErrors } from '../modules/app/utils/api-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { NewPanelForm } from '../modules/administration/components/NewPanelForm';
import { RequireAdmin } from '../modules/administration/components/RequireAdmin';
import { AdministeredPanelsQuery, CreatePanelMutation, SetPanelDisabledMutation } from '../modules/administration/graphql/administration';
import { PANEL_FORM_FIELDS, panelInput, type PanelFormValues } from '../modules/administration/utils/panel-form';
import { PagedResults } from '../modules/app/components/PagedResults';

type Panel = PanelsData['administeredPanels']['nodes'][number];

/** Disabling asks first: members of the panel can no longer act in it. */
function PanelAccess({ panel }: { panel: Panel }) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [setDisabled, { loading }] = useMutation(SetPanelDisabledMutation);
  const change = async (disabled: boolean) => {
    setProblem(null);
    try {
      await setDisabled({ variables: { input: { id: panel.id, disabled, version: panel.version } } });
      setAsking(false);
    } catch (error) {
      setProblem(apiErrors(error)[0]?.message ?? 'The panel could not be changed');
    }
  };
  if (panel.disabled) {
    return (
      <Button variant="secondary" disabled={loading} onClick={() => void change(false)}>
        Enable <span className="govuk-visually-hidden">{panel.name}</span>
      </Button>
    );
  }
  if (!asking) {
    return (
      <Button variant="warning" onClick={() => setAsking(true)}>
        Disable <span className="govuk-visually-hidden">{panel.name}</span>
      </Button>
    );
  }
  return (
    <ConfirmStep
      level={3}
      title={`Disable ${panel.name}?`}
      confirmText="Disable panel"
      busy={loading}
      onConfirm={() => void change(true)}
      onCancel={() => setAsking(false)}
    >
      <p className="govuk-body">Its records are kept, but none of its {panel.activeMembers} members can act in it until it is enabled again.</p>
      {problem && <p className="govuk-error-message">{problem}</p>}
    </ConfirmStep>
  );
}

const columns = [
  { key: 'code', header: 'Code', cell: (p: Panel) => p.code },
  { key: 'name', header: 'Panel', cell: (p: Panel) => `${p.name} (${p.forceName})` },
  { key: 'chairs', header: 'Chair', cell: (p: Panel) => (p.chairs.length ? p.chairs.join(', ') : 'None') },
  { key: 'members', header: 'Members', numeric: true, cell: (p: Panel) => p.activeMembers },
  { key: 'status', header: 'Status', cell: (p: Panel) => (p.disabled ? <Tag colour="grey">Disabled</Tag> : <Tag colour="green">Active</Tag>) },
  { key: 'access', header: 'Action', cell: (p: Panel) => <PanelAccess panel={p} /> },
];

export function AdminPanelsPage() {
  usePageTitle('Panels');
  const [search, setSearch] = useState('');
  const paging = usePaging();
  const { data, loading, error } = useQuery(AdministeredPanelsQuery, {
    variables: { search: search || null, limit: paging.limit, offset: paging.offset },
    fetchPolicy: 'cache-and-network',
  });
  const created = (useLocation().state as { created?: string } | null)?.created;
  return (
    <RequireAdmin>
      <BackLink to="/admin">Back to administration</BackLink>
      {created && <NotificationBanner success heading={`${created} created: its chair has been sent an invitation`} />}
      <h1 className="govuk-heading-l">Panels</h1>
      <ButtonLink to="/admin/panels/new">Create a panel</ButtonLink>
      <SearchForm
        label="Search by code, name or force"
        initial={search}
        onSearch={(s) => {
          setSearch(s);
          paging.resetPage();
        }}
      />
      <PagedResults page={data?.administeredPanels} loading={loading} error={error} paging={paging} noun={['panel', 'panels']}>
        {(nodes) => <Table caption="Panels in Sentinel" columns={columns} rows={[...nodes]} rowKey={(p) => p.id} />}
      </PagedResults>
    </RequireAdmin>
  );
}

export function AdminPanelNewPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const server = useServerErrors(PANEL_FORM_FIELDS);
  const [createPanel, { loading }] = useMutation(CreatePanelMutation);
  usePageTitle('Create a panel', server.hasErrors);
  const onSubmit = async (values: PanelFormValues) => {
    server.clear();
    try {
      const { data } = await createPanel({ variables: { input: panelInput(values) } });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'administeredPanels' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'viewer' });
      client.cache.gc();
      if (data) await navigate('/admin/panels', { state: { created: data.createPanel.name } });
    } catch (error) {
      server.show(error);
    }
  };
  return (
    <RequireAdmin>
      <BackLink to="/admin/panels">Back to panels</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NewPanelForm
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            cancel={
              <Link className="govuk-link" to="/admin/panels">
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </RequireAdmin>
  );
}
