import { Link } from 'react-router';
import { Table } from '../../../ui/Table';
import { groupCounts, KIND_LABELS, nodeHref, type LinkEdge, type LinkNode } from '../utils/link-graph';

export type SharedNominalRow = { id: string; label: string; groups: { id: string; label: string }[] };

type Props = { nodes: LinkNode[]; edges: LinkEdge[]; sharedNominals: SharedNominalRow[] };

/** The same links as the chart, as tables: the nominals shared between groups first, then every link. */
export function LinkList({ nodes, edges, sharedNominals }: Props) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const counts = groupCounts(nodes, edges);
  const cell = (id: string) => {
    const node = byId.get(id);
    if (!node) return 'Not shown';
    const href = nodeHref(node, edges, nodes);
    const text = `${KIND_LABELS[node.kind]} ${node.label}`;
    return href ? (
      <Link className="govuk-link" to={href}>
        {text}
      </Link>
    ) : (
      text
    );
  };
  return (
    <>
      <h2 className="govuk-heading-m">Links</h2>
      {sharedNominals.length === 0 ? (
        <p className="govuk-body">No nominal is recorded against more than one group.</p>
      ) : (
        <Table
          caption="Nominals shared between groups"
          captionVisible
          rowKey={(r) => r.id}
          rows={sharedNominals}
          columns={[
            {
              key: 'nominal',
              header: 'Nominal',
              cell: (r) => (
                <Link className="govuk-link" to={`/nominals/${r.id}`}>
                  {r.label}
                </Link>
              ),
            },
            {
              key: 'groups',
              header: 'Groups',
              cell: (r) => (
                <ul className="govuk-list">
                  {r.groups.map((g) => (
                    <li key={g.id}>
                      <Link className="govuk-link" to={`/ocgs/${g.id}`}>
                        {g.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ),
            },
            { key: 'count', header: 'Number of groups', numeric: true, cell: (r) => r.groups.length },
          ]}
        />
      )}
      <Table
        caption="Every link on the chart"
        captionVisible
        rowKey={(e) => e.id}
        rows={[...edges].sort((a, b) => Number(byId.get(b.target)?.shared ?? 0) - Number(byId.get(a.target)?.shared ?? 0))}
        columns={[
          { key: 'from', header: 'From', cell: (e) => cell(e.source) },
          { key: 'to', header: 'To', cell: (e) => cell(e.target) },
          { key: 'link', header: 'Link', cell: (e) => e.label ?? 'Linked' },
          {
            key: 'shared',
            header: 'Shared',
            cell: (e) => {
              const shared = [e.source, e.target].some((id) => byId.get(id)?.shared && (counts.get(id) ?? 0) > 0);
              return shared ? 'Yes' : 'No';
            },
          },
        ]}
      />
    </>
  );
}
