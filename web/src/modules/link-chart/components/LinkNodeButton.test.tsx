import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { groupCounts, nodeHref, nodeName, type LinkEdge, type LinkNode } from '../utils/link-graph';
import { LinkNodeButton } from './LinkNodeButton';

const nodes: LinkNode[] = [
  { id: 'o1', kind: 'OCG', label: 'OCG-0001 Operation Larch', recordId: 'ocg-1', shared: false },
  { id: 'o2', kind: 'OCG', label: 'OCG-0010 Operation Osprey', recordId: 'ocg-10', shared: false },
  { id: 'n3', kind: 'NOMINAL', label: 'N-0003', recordId: 'nom-3', shared: true },
  { id: 'n4', kind: 'NOMINAL', label: 'N-0004', recordId: 'nom-4', shared: false },
  { id: 'v1', kind: 'VEHICLE', label: 'NM19 XKD', recordId: 'veh-1', shared: false },
];
const edges: LinkEdge[] = [
  { id: 'e1', source: 'o1', target: 'n3' },
  { id: 'e2', source: 'o2', target: 'n3' },
  { id: 'e3', source: 'o1', target: 'n4' },
  { id: 'e4', source: 'v1', target: 'o2' },
];

describe('link chart nodes', () => {
  it('names a shared nominal with its groups and the shared marker', () => {
    const counts = groupCounts(nodes, edges);
    expect(nodeName(nodes[2], counts.get('n3') ?? 0)).toBe('Nominal N-0003 (in 2 groups), shared');
    expect(nodeName(nodes[3], counts.get('n4') ?? 0)).toBe('Nominal N-0004 (in 1 group)');
    expect(nodeName(nodes[0], counts.get('o1') ?? 0)).toBe('Group OCG-0001 Operation Larch');
  });

  it('leads to the record page, or to the group page for a vehicle', () => {
    expect(nodeHref(nodes[2], edges, nodes)).toBe('/nominals/nom-3');
    expect(nodeHref(nodes[4], edges, nodes)).toBe('/ocgs/ocg-10#vehicles');
  });

  it('renders a focusable button with a visible "Shared" marker that opens on Enter', async () => {
    const onOpen = jest.fn();
    render(<LinkNodeButton node={nodes[2]} name="Nominal N-0003 (in 2 groups), shared" onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: 'Nominal N-0003 (in 2 groups), shared' });
    expect(button).toHaveTextContent('Shared');
    expect(button).toHaveClass('app-link-node--shared');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('shows no marker on a nominal in one group', () => {
    render(<LinkNodeButton node={nodes[3]} name="Nominal N-0004 (in 1 group)" onOpen={() => undefined} />);
    expect(screen.getByRole('button')).not.toHaveTextContent('Shared');
  });
});
