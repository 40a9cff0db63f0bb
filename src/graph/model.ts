import type Graph from 'graphology';

/**
 * The graph model shared by every serialization and by the Neo4j export.
 * A node's label is its `label` attribute and a relationship's type its `type` attribute; every node has a stable
 * `id` (also its graphology key). Values are strings, numbers, booleans or lists of strings only, so that each node
 * and relationship maps one to one onto Neo4j properties. Dates are strings `YYYY-MM-DD` (Beijing date),
 * instants ISO 8601 strings with offset.
 */

export const NODE_LABELS = ['Article', 'Outlet', 'Person', 'Body', 'Place', 'Meeting'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'REPORTS',
  'CHAIRED',
  'ATTENDED',
  'CONVENED_BY',
  'HELD_IN',
  'HOLDS',
  'BASED_IN',
  'PART_OF',
  'MENTIONS',
  'PUBLISHED_BY',
  'CITES',
  'WROTE',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeAttributes {
  label: NodeLabel;
  id: string;
  [property: string]: PropertyValue;
}

export interface EdgeAttributes {
  type: RelationshipType;
  [property: string]: PropertyValue;
}

export type HuiyiGraph = Graph<NodeAttributes, EdgeAttributes>;

/**
 * Relationship properties that, with the endpoints and the type, identify one relationship:
 * a person attends a meeting at most once in each role, holds each title once per body; other types are one per pair.
 */
export const RELATIONSHIP_KEYS: Partial<Record<RelationshipType, string[]>> = {
  ATTENDED: ['as'],
  WROTE: ['as'],
  HOLDS: ['title'],
};

/** The key of a relationship in the graphology graph: deterministic, so two builds give the same edge keys. */
export function edgeKey(type: RelationshipType, source: string, target: string, attributes: Record<string, unknown>): string {
  const qualifiers = (RELATIONSHIP_KEYS[type] ?? []).map((name) => String(attributes[name] ?? ''));
  return [type, source, target, ...qualifiers].join('|');
}
