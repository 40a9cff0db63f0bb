import { NODE_LABELS, RELATIONSHIP_TYPES } from './model.js';
import type { HuiyiGraph, NodeLabel, RelationshipType } from './model.js';

export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
}

export function graphCounts(graph: HuiyiGraph): GraphCounts {
  const nodes = Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<NodeLabel, number>;
  const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, 0])) as Record<RelationshipType, number>;
  graph.forEachNode((_node, { label }) => (nodes[label] += 1));
  graph.forEachEdge((_edge, { type }) => (relationships[type] += 1));
  return { nodes, relationships };
}

/** Counts as aligned lines: `Meeting        5`. */
export function formatCounts(counts: GraphCounts): string {
  const rows = [
    ...Object.entries(counts.nodes).map(([label, count]) => [`(:${label})`, count] as const),
    ...Object.entries(counts.relationships).map(([type, count]) => [`[:${type}]`, count] as const),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, count]) => `${name.padEnd(width)}  ${String(count).padStart(7)}`).join('\n') + '\n';
}
