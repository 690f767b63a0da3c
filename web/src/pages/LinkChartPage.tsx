import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { NOMINAL_ROLE_LABELS, PERMISSIONS, type NominalRole } from '@sentinel/shared';
import { Loading } from '../ui/Loading';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { LinkChart } from '../modules/link-chart/components/LinkChart';
import { LinkList } from '../modules/link-chart/components/LinkList';
import { LinkChartQuery } from '../modules/link-chart/graphql/link-chart.query';
import { SharedNominalsQuery } from '../modules/link-chart/graphql/shared-nominals.query';
import type { LinkEdge, LinkNode } from '../modules/link-chart/utils/link-graph';

const EDGE_LABELS: Record<string, string> = { MEMBER: 'Member', VEHICLE: 'Vehicle', PLACE: 'Place' };

function LinkChartContent({ panelId }: { panelId: string }) {
  const [params] = useSearchParams();
  const ocgId = params.get('ocgId');
  const [view, setView] = useState<'chart' | 'list'>('chart');
  const [includeArchived, setIncludeArchived] = useState(false);
  const chart = useQuery(LinkChartQuery, { variables: { panelId, ocgId, depth: 2, includeArchived } });
  const shared = useQuery(SharedNominalsQuery, { variables: { panelId } });
  const nodes: LinkNode[] = (chart.data?.linkChart.nodes ?? []).map((n) => ({ ...n }));
  const edges: LinkEdge[] = (chart.data?.linkChart.edges ?? []).map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.role ? `${EDGE_LABELS[e.kind] ?? e.kind}: ${NOMINAL_ROLE_LABELS[e.role as NominalRole] ?? e.role}` : (EDGE_LABELS[e.kind] ?? e.kind),
  }));
  const sharedRows = (shared.data?.sharedNominals ?? []).map((s) => ({
    id: s.nominal.id,
    label: `${s.nominal.reference} ${s.nominal.displayName === s.nominal.reference ? '' : s.nominal.displayName}`.trim(),
    groups: s.groups.map((g) => ({ id: g.ocgId, label: `${g.reference} ${g.name} (${NOMINAL_ROLE_LABELS[g.role as NominalRole] ?? g.role})` })),
  }));
  const tab = (key: 'chart' | 'list', text: string) => (
    <button
      type="button"
      className={`govuk-button ${view === key ? '' : 'govuk-button--secondary'}`}
      aria-pressed={view === key}
      onClick={() => setView(key)}
    >
      {text}
    </button>
  );
  return (
    <>
      <p className="govuk-body">
        {ocgId ? 'Records linked to one group, two links out.' : 'Every open group of the panel and the records linked to them.'} Nominals in more
        than one group are marked “Shared” with a thick red border. Select a record to open it.
      </p>
      {ocgId && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/link-chart">
            Show the whole panel
          </Link>
        </p>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="include-archived"
            type="checkbox"
            checked={includeArchived}
            onChange={(e) => setIncludeArchived(e.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="include-archived">
            Include dismantled and archived groups
          </label>
        </div>
      </div>
      <div className="govuk-button-group">
        {tab('chart', 'Chart view')}
        {tab('list', 'List view')}
      </div>
      {chart.error && <LoadFailed message="The link chart could not be loaded. Try again later." />}
      {chart.loading && !chart.data && <Loading />}
      {chart.data?.linkChart.truncated && (
        <p className="govuk-inset-text">The chart shows the first records only. Open a group to chart around it.</p>
      )}
      {chart.data &&
        view === 'chart' &&
        (nodes.length === 0 ? <p className="govuk-body">No linked records to show.</p> : <LinkChart nodes={nodes} edges={edges} />)}
      {chart.data && view === 'list' && <LinkList nodes={nodes} edges={edges} sharedNominals={sharedRows} />}
    </>
  );
}

export function LinkChartPage() {
  const { membership } = useViewer();
  usePageTitle('Link chart');
  return (
    <RequirePermission permission={PERMISSIONS.OCG_READ}>
      <Link className="govuk-back-link" to="/threat-picture">
        Back to the threat picture
      </Link>
      <h1 className="govuk-heading-l">Link chart</h1>
      {membership && <LinkChartContent panelId={membership.panelId} />}
    </RequirePermission>
  );
}
