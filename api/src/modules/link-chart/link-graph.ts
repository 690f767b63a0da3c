import type { NominalRole } from '@sentinel/shared';
import type { LinkEdgeKind, LinkNodeKind } from './link-chart.objects.js';

export const MAX_NODES = 500;

export interface RawLink {
  aKind: LinkNodeKind;
  aId: string;
  bKind: LinkNodeKind;
  bId: string;
  kind: LinkEdgeKind;
  role: NominalRole | null;
}

export interface LinkGraph {
  nodeIds: string[];
  edges: { id: string; source: string; target: string; kind: LinkEdgeKind; role: NominalRole | null }[];
  truncated: boolean;
}

export const nodeKey = (kind: LinkNodeKind, id: string): string => `${kind}:${id}`;

/**
 * Breadth-first from the start nodes out to `depth` hops, stopping at the node limit. Kept pure so the
 * rules (which records appear, where the cut falls) are tested without a database.
 */
export function walkLinks(links: RawLink[], start: string[], depth: number, max = MAX_NODES): LinkGraph {
  const adjacent = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const l of links) {
    add(nodeKey(l.aKind, l.aId), nodeKey(l.bKind, l.bId));
    add(nodeKey(l.bKind, l.bId), nodeKey(l.aKind, l.aId));
  }
  const seen = new Set<string>();
  let truncated = false;
  let frontier: string[] = [];
  for (const s of start) {
    if (seen.size >= max) {
      truncated = true;
      break;
    }
    seen.add(s);
    frontier.push(s);
  }
  for (let hop = 0; hop < depth && frontier.length && !truncated; hop += 1) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of adjacent.get(n) ?? []) {
        if (seen.has(m)) continue;
        if (seen.size >= max) {
          truncated = true;
          break;
        }
        seen.add(m);
        next.push(m);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  const edges: LinkGraph['edges'] = [];
  for (const l of links) {
    const source = nodeKey(l.aKind, l.aId);
    const target = nodeKey(l.bKind, l.bId);
    if (seen.has(source) && seen.has(target)) edges.push({ id: `${source}>${target}`, source, target, kind: l.kind, role: l.role });
  }
  return { nodeIds: [...seen], edges, truncated };
}
