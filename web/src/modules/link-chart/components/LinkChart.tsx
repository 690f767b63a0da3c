import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Controls, Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { groupCounts, layoutGraph, nodeHref, nodeName, type LinkEdge, type LinkNode } from '../utils/link-graph';
import { LinkNodeButton } from './LinkNodeButton';

type RecordNodeData = { node: LinkNode; name: string; href: string | null; open: (href: string) => void };
type RecordFlowNode = Node<RecordNodeData, 'record'>;

const HIDDEN_HANDLE = { opacity: 0, pointerEvents: 'none' as const };

function RecordNode({ data }: NodeProps<RecordFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} style={HIDDEN_HANDLE} />
      <LinkNodeButton node={data.node} name={data.name} onOpen={() => data.href && data.open(data.href)} />
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={HIDDEN_HANDLE} />
    </>
  );
}

const NODE_TYPES = { record: RecordNode };

type Props = { nodes: LinkNode[]; edges: LinkEdge[] };

/**
 * Only the node buttons take focus (xyflow's own node and edge focus is off, so each node is one tab stop);
 * the zoom controls are buttons; the list view holds the same links for those who do not use the picture.
 */
export function LinkChart({ nodes, edges }: Props) {
  const navigate = useNavigate();
  const { flowNodes, flowEdges } = useMemo(() => {
    const positions = layoutGraph(nodes, edges);
    const counts = groupCounts(nodes, edges);
    const open = (href: string) => void navigate(href);
    const shared = new Set(nodes.filter((n) => n.shared).map((n) => n.id));
    return {
      flowNodes: nodes.map<RecordFlowNode>((n) => ({
        id: n.id,
        type: 'record',
        position: positions.get(n.id) ?? { x: 0, y: 0 },
        data: { node: n, name: nodeName(n, n.ocgCount ?? counts.get(n.id) ?? 0), href: nodeHref(n, edges, nodes), open },
      })),
      flowEdges: edges.map<Edge>((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'straight',
        style: { stroke: shared.has(e.source) || shared.has(e.target) ? '#d4351c' : '#505a5f', strokeWidth: 2 },
      })),
    };
  }, [nodes, edges, navigate]);

  return (
    <div className="app-link-chart">
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        fitView
        // Zoomed further out, a node would shrink below the 24px a pointer target needs (WCAG 2.5.8).
        fitViewOptions={{ minZoom: 0.5 }}
        minZoom={0.5}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{ 'controls.ariaLabel': 'Zoom controls' }}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
