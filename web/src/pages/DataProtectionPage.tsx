import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { PagedResults } from '../modules/app/components/PagedResults';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { useViewer } from '../modules/app/viewer-context';
import { AuditTrailTable } from '../modules/data-protection/components/AuditTrailTable';
import { ChainStatus } from '../modules/data-protection/components/ChainStatus';
import { ConsultationLogTable } from '../modules/data-protection/components/ConsultationLogTable';
import { LogFilter } from '../modules/data-protection/components/LogFilter';
import { NominalFinder, type FoundNominal } from '../modules/data-protection/components/NominalFinder';
import { AuditChainStatusQuery } from '../modules/data-protection/graphql/audit-chain-status.query';
import { AuditTrailQuery } from '../modules/data-protection/graphql/audit-trail.query';
import { ConsultationLogQuery } from '../modules/data-protection/graphql/consultation-log.query';
import { LogPeopleQuery } from '../modules/data-protection/graphql/log-people.query';
import { auditVariables, consultationVariables, EMPTY_LOG_FILTER, type LogFilterValues } from '../modules/data-protection/utils/log-filter';

function Chains({ panelId }: { panelId: string }) {
  const { data, error } = useQuery(AuditChainStatusQuery, { variables: { panelId }, fetchPolicy: 'network-only' });
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  return <ChainStatus chains={data.auditChainStatus} />;
}

function Entries({ panelId, filter }: { panelId: string; filter: LogFilterValues }) {
  const paging = usePaging();
  const page = { panelId, limit: paging.limit, offset: paging.offset };
  const consultation = filter.log === 'CONSULTATION';
  const consulted = useQuery(ConsultationLogQuery, {
    variables: { ...page, ...consultationVariables(filter) },
    skip: !consultation,
    fetchPolicy: 'cache-and-network',
  });
  const trail = useQuery(AuditTrailQuery, {
    variables: { ...page, ...auditVariables(filter) },
    skip: consultation,
    fetchPolicy: 'cache-and-network',
  });
  return consultation ? (
    <PagedResults
      page={consulted.data?.consultationLog}
      loading={consulted.loading}
      error={consulted.error}
      paging={paging}
      noun={['entry', 'entries']}
    >
      {(nodes) => <ConsultationLogTable entries={nodes} />}
    </PagedResults>
  ) : (
    <PagedResults page={trail.data?.auditTrail} loading={trail.loading} error={trail.error} paging={paging} noun={['change', 'changes']}>
      {(nodes) => <AuditTrailTable entries={nodes} />}
    </PagedResults>
  );
}

function DataProtection({ panelId }: { panelId: string }) {
  const paging = usePaging();
  const [filter, setFilter] = useState<LogFilterValues>(EMPTY_LOG_FILTER);
  const [found, setFound] = useState<FoundNominal[]>([]);
  const people = useQuery(LogPeopleQuery, { variables: { panelId } });
  const apply = (next: LogFilterValues) => {
    setFilter(next);
    paging.resetPage();
  };
  const choose = (n: FoundNominal) => {
    setFound((list) => [n, ...list.filter((x) => x.id !== n.id)]);
    apply({ ...filter, nominalId: n.id });
    document.getElementById('log')?.focus();
  };
  const members = people.data?.members.nodes ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">The logs’ integrity</h2>
      <p className="govuk-body">
        Each entry of the audit trail and of the consultation log is chained to the one before it: a change, removal or insertion breaks the chain.
      </p>
      <Chains panelId={panelId} />
      <h2 className="govuk-heading-m">Subject access</h2>
      <p className="govuk-body">
        Find the person a request is about. Their report lists every record the panel holds about them and every consultation and disclosure of their
        data. Each person found here, and each report, is itself logged.
      </p>
      <NominalFinder panelId={panelId} onChoose={choose} />
      <h2 className="govuk-heading-m" id="log" tabIndex={-1}>
        The log
      </h2>
      <div className="moj-filter-layout app-filter-layout--stacked">
        <div className="moj-filter-layout__filter">
          <LogFilter
            key={`${filter.log}-${filter.nominalId}`}
            applied={filter}
            onApply={apply}
            nominals={found.map((n) => ({ value: n.id, label: `${n.displayName} (${n.reference})` }))}
            people={[...members].sort((a, b) => a.name.localeCompare(b.name)).map((m) => ({ value: m.userId, label: m.name }))}
            agencies={(people.data?.agencies.nodes ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </div>
        <div className="moj-filter-layout__content">
          <Entries panelId={panelId} filter={filter} />
        </div>
      </div>
    </>
  );
}

export function DataProtectionPage() {
  const { membership } = useViewer();
  usePageTitle('Data protection');
  return (
    <RequirePermission permission={PERMISSIONS.DATA_PROTECTION_READ}>
      <BackLink to="/">Back to the panel</BackLink>
      <h1 className="govuk-heading-l">Data protection</h1>
      <p className="govuk-body">
        The panel’s audit trail of changes and its log of every consultation and disclosure of personal data (Data Protection Act 2018, section 62),
        for answering subject access requests (section 45).
      </p>
      {membership && <DataProtection key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
