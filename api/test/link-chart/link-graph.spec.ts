import { walkLinks, type RawLink } from '../../src/modules/link-chart/link-graph.js';

const member = (g: string, n: string): RawLink => ({ aKind: 'OCG', aId: g, bKind: 'NOMINAL', bId: n, kind: 'MEMBER', role: 'PRINCIPAL' });

describe('walking the links', () => {
  it('stops at the node limit and says so', () => {
    const links = Array.from({ length: 20 }, (_, i) => member('g', `n${i}`));
    const graph = walkLinks(links, ['OCG:g'], 2, 10);
    expect(graph.nodeIds).toHaveLength(10);
    expect(graph.truncated).toBe(true);
    expect(graph.edges.every((e) => graph.nodeIds.includes(e.source) && graph.nodeIds.includes(e.target))).toBe(true);
  });

  it('goes no further than the depth asked for', () => {
    const links = [member('g1', 'n1'), member('g2', 'n1'), member('g2', 'n2')];
    expect(walkLinks(links, ['OCG:g1'], 1).nodeIds).toEqual(['OCG:g1', 'NOMINAL:n1']);
    expect(walkLinks(links, ['OCG:g1'], 2).nodeIds).toEqual(['OCG:g1', 'NOMINAL:n1', 'OCG:g2']);
    expect(walkLinks(links, ['OCG:g1'], 3).truncated).toBe(false);
  });
});
