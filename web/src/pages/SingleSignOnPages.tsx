import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonLink } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Loading } from '../ui/Loading';
import { Table } from '../ui/Table';
import { Tag } from '../ui/Tag';
import { getFragmentData, type FragmentType } from '../gql';
import { useServerErrors } from '../modules/agencies/components/useAgencyFormErrors';
import { ForbiddenContent, NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { useConflict, useOpenedVersion } from '../modules/app/useConflict';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { useViewer } from '../modules/app/viewer-context';
import { ProviderForm, redirectUri } from '../modules/single-sign-on/components/ProviderForm';
import { CreateIdentityProviderMutation } from '../modules/single-sign-on/graphql/create-identity-provider.mutation';
import { IdentityProviderDetailsFragment } from '../modules/single-sign-on/graphql/identity-provider.fragment';
import { IdentityProvidersQuery } from '../modules/single-sign-on/graphql/identity-providers.query';
import { SetIdentityProviderEnabledMutation } from '../modules/single-sign-on/graphql/set-identity-provider-enabled.mutation';
import { UpdateIdentityProviderMutation } from '../modules/single-sign-on/graphql/update-identity-provider.mutation';
import { SINGLE_SIGN_ON_PATH } from '../modules/app/paths';
import {
  EMPTY_PROVIDER,
  PROVIDER_FORM_FIELDS,
  providerFormValues,
  providerInput,
  type ProviderFormValues,
} from '../modules/single-sign-on/utils/provider-form';

/** Single sign-on is the system administrator's, whatever their panels. */
function AdminOnly({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  if (!viewer.isAdmin) return <ForbiddenContent />;
  return <>{children}</>;
}

type Provider = ReturnType<typeof details>;
const details = (p: FragmentType<typeof IdentityProviderDetailsFragment>) => getFragmentData(IdentityProviderDetailsFragment, p);

function ProviderList() {
  usePageTitle('Single sign-on');
  const { data, error, loading } = useQuery(IdentityProvidersQuery, { fetchPolicy: 'cache-and-network' });
  const [setEnabled, { loading: saving }] = useMutation(SetIdentityProviderEnabledMutation);
  const [problems, setProblems] = useState<string[]>([]);
  if (error && !data) return <ServiceErrorContent message={error.message} />;
  if (loading && !data) return <Loading />;
  const providers = (data?.identityProviders ?? []).map(details);

  const toggle = async (p: Provider) => {
    setProblems([]);
    try {
      await setEnabled({ variables: { input: { id: p.id, version: p.version, enabled: !p.enabled } } });
    } catch (e) {
      setProblems(apiErrors(e).map((x) => x.message));
    }
  };

  return (
    <>
      <ErrorSummary errors={problems.map((message) => ({ message }))} />
      <h1 className="govuk-heading-l">Single sign-on</h1>
      <p className="govuk-body">
        People whose organisation is listed here can sign in with their work account (Microsoft Entra ID, or another OpenID Connect provider) instead
        of a Sentinel password. They must already have a Sentinel account with the same email address: signing in this way never creates one.
      </p>
      <p className="govuk-body">
        The redirect URI to register with each provider is <code>{redirectUri()}</code>
      </p>
      <ButtonLink to={`${SINGLE_SIGN_ON_PATH}/new`}>Add a provider</ButtonLink>
      {providers.length === 0 ? (
        <p className="govuk-body">No provider is registered yet.</p>
      ) : (
        <Table
          caption="Single sign-on providers"
          rowKey={(p) => p.id}
          rows={providers}
          columns={[
            { key: 'name', header: 'Name', cell: (p) => p.name },
            { key: 'domains', header: 'Email domains', cell: (p) => p.emailDomains.join(', ') },
            {
              key: 'status',
              header: 'Status',
              cell: (p) => (
                <>
                  <Tag colour={p.enabled ? 'green' : 'grey'}>{p.enabled ? 'Offered' : 'Withdrawn'}</Tag>
                  {!p.secretSet && <span className="govuk-body-s govuk-!-display-block">{`${p.secretEnv} is not set on the server`}</span>}
                </>
              ),
            },
            {
              key: 'actions',
              header: 'Actions',
              cell: (p) => (
                <>
                  <Link className="govuk-link govuk-!-margin-right-3" to={`${SINGLE_SIGN_ON_PATH}/${p.id}/edit`}>
                    Change<span className="govuk-visually-hidden">{` ${p.name}`}</span>
                  </Link>
                  <Button type="button" variant="secondary" disabled={saving} onClick={() => void toggle(p)}>
                    {p.enabled ? 'Withdraw' : 'Offer'}
                    <span className="govuk-visually-hidden">{` ${p.name}`}</span>
                  </Button>
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

function NewProvider() {
  const navigate = useNavigate();
  const server = useServerErrors(PROVIDER_FORM_FIELDS);
  const [create, { loading }] = useMutation(CreateIdentityProviderMutation, { refetchQueries: [IdentityProvidersQuery] });
  usePageTitle('Add a single sign-on provider', server.hasErrors);
  const onSubmit = async (values: ProviderFormValues) => {
    server.clear();
    try {
      await create({ variables: { input: providerInput(values) } });
      await navigate(SINGLE_SIGN_ON_PATH);
    } catch (e) {
      server.show(e);
    }
  };
  return (
    <>
      <BackLink to={SINGLE_SIGN_ON_PATH}>Back to single sign-on</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ProviderForm
            initialValues={EMPTY_PROVIDER}
            submitText="Add provider"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={loading}
            heading={<h1 className="govuk-heading-l">Add a single sign-on provider</h1>}
            cancel={
              <Link className="govuk-link" to={SINGLE_SIGN_ON_PATH}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

function EditProvider({ id }: { id: string }) {
  const navigate = useNavigate();
  // From the server, not the cache, so that the form starts from the newest version.
  const { data, error, loading, refetch } = useQuery(IdentityProvidersQuery, { fetchPolicy: 'network-only' });
  const provider = data?.identityProviders.map(details).find((p) => p.id === id);
  const version = useOpenedVersion(provider?.version);
  const conflict = useConflict<ProviderFormValues>('IdentityProvider');
  const server = useServerErrors(PROVIDER_FORM_FIELDS);
  const [update, { loading: saving }] = useMutation(UpdateIdentityProviderMutation);
  usePageTitle(provider ? `Change ${provider.name}` : 'Change single sign-on provider', server.hasErrors);
  if (error && !data) return <ServiceErrorContent message={error.message} />;
  if (loading || !data) return <Loading />;
  if (!provider) return <NotFoundContent />;

  const onSubmit = async (values: ProviderFormValues) => {
    server.clear();
    try {
      await update({ variables: { input: { id, version: version.current(), ...providerInput(values) } } });
      await navigate(SINGLE_SIGN_ON_PATH);
    } catch (e) {
      server.show(e);
      await conflict.caught(e, values, async () =>
        version.moveTo((await refetch()).data?.identityProviders.map(details).find((p) => p.id === id)?.version),
      );
    }
  };

  return (
    <>
      <BackLink to={SINGLE_SIGN_ON_PATH}>Back to single sign-on</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ProviderForm
            key={provider.id}
            initialValues={providerFormValues(provider)}
            submitText="Save changes"
            onSubmit={onSubmit}
            serverErrors={server.fieldErrors}
            serverGeneral={server.general}
            submitting={saving}
            heading={
              <>
                <span className="govuk-caption-l">{provider.name}</span>
                <h1 className="govuk-heading-l">Change single sign-on provider</h1>
                {conflict.review(providerFormValues(provider))}
              </>
            }
            cancel={
              <Link className="govuk-link" to={SINGLE_SIGN_ON_PATH}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}

export function SingleSignOnPage() {
  return (
    <AdminOnly>
      <ProviderList />
    </AdminOnly>
  );
}

export function SingleSignOnNewPage() {
  return (
    <AdminOnly>
      <NewProvider />
    </AdminOnly>
  );
}

export function SingleSignOnEditPage() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <EditProvider key={id} id={id} />
    </AdminOnly>
  );
}
