import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export type LinkNodeKind = 'OCG' | 'NOMINAL' | 'VEHICLE' | 'PLACE';
export type LinkNode = { id: string; kind: LinkNodeKind; label: string; recordId: string; shared: boolean; ocgCount?: number | null };
export type LinkEdge = { id: string; source: string; target: string; label?: string | null };

export const KIND_LABELS: Record<LinkNodeKind, string> = { OCG: 'Group', NOMINAL: 'Nominal', VEHICLE: 'Vehicle', PLACE: 'Place' };

/** How many groups each node is linked to: what makes a nominal "shared". */
export function groupCounts(nodes: LinkNode[], edges: LinkEdge[]): Map<string, number> {
  const kinds = new Map(nodes.map((n) => [n.id, n.kind]));
  const groups = new Map<string, Set<string>>();
  const add = (node: string, group: string) => {
    if (!groups.has(node)) groups.set(node, new Set());
    groups.get(node)?.add(group);
  };
  for (const e of edges) {
    if (kinds.get(e.source) === 'OCG' && kinds.get(e.target) !== 'OCG') add(e.target, e.source);
    if (kinds.get(e.target) === 'OCG' && kinds.get(e.source) !== 'OCG') add(e.source, e.target);
  }
  return new Map([...groups].map(([id, set]) => [id, set.size]));
}

/**
 * "Nominal N-0003 (in 2 groups), shared": the kind, the label, the groups a record links, and the visible marker,
 * so that the name holds every word the node shows (WCAG 2.5.3).
 */
export function nodeName(node: LinkNode, groups: number): string {
  const base = `${KIND_LABELS[node.kind]} ${node.label}`;
  const inGroups = node.kind === 'OCG' || groups === 0 ? '' : ` (in ${groups} ${groups === 1 ? 'group' : 'groups'})`;
  return `${base}${inGroups}${node.shared ? ', shared' : ''}`;
}

/** Where a node leads: groups and nominals have pages; vehicles and places are listed on their group's page. */
export function nodeHref(node: LinkNode, edges: LinkEdge[], nodes: LinkNode[]): string | null {
  if (node.kind === 'OCG') return `/ocgs/${node.recordId}`;
  if (node.kind === 'NOMINAL') return `/nominals/${node.recordId}`;
  const ocgIds = new Set(nodes.filter((n) => n.kind === 'OCG').map((n) => n.id));
  const edge = edges.find((e) => (e.source === node.id && ocgIds.has(e.target)) || (e.target === node.id && ocgIds.has(e.source)));
  const group = nodes.find((n) => n.id === (edge?.source === node.id ? edge.target : edge?.source));
  if (!group) return null;
  return `/ocgs/${group.recordId}#${node.kind === 'VEHICLE' ? 'vehicles' : 'places'}`;
}

type SimNode = SimulationNodeDatum & { id: string };

/**
 * The layout is computed once, for a fixed number of ticks, and then frozen: no animation loop runs in the
 * browser, and the same data always gives the same picture (d3 seeds its starting positions deterministically).
 */
export function layoutGraph(nodes: LinkNode[], edges: LinkEdge[], ticks = 300): Map<string, { x: number; y: number }> {
  const simNodes: SimNode[] = nodes.map((n) => ({ id: n.id }));
  const simLinks = edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(simLinks)
        .id((d) => d.id)
        .distance(160),
    )
    .force('charge', forceManyBody().strength(-500))
    .force('collide', forceCollide(125))
    .force('center', forceCenter(0, 0))
    // Separate groups would otherwise drift apart and leave the chart too small to read once fitted.
    .force('x', forceX(0).strength(0.12))
    .force('y', forceY(0).strength(0.12))
    .stop();
  for (let i = 0; i < ticks; i += 1) simulation.tick();
  return new Map(simNodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
