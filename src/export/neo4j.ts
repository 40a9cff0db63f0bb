import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_KEYS } from '../graph/model.js';
import type { HuiyiGraph, NodeLabel, RelationshipType } from '../graph/model.js';
import { reconcileMeetings } from './reconcile.js';
import { DEFAULT_BATCH_SIZE } from './batch-size.js';
import { schemaStatements } from './schema.js';

export interface ExportOptions {
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Rows per transaction. */
  batchSize?: number;
  /** Stop after this many batches (to test resumption: a later run completes the export). */
  maxBatches?: number;
  onProgress?: (progress: ExportProgress) => void;
}

export interface ExportProgress {
  /** What the batch just written held: `nodes Person`, `relationships ATTENDED (Person)->(Meeting)`. */
  step: string;
  batchesDone: number;
  batchesTotal: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface ExportSummary {
  nodes: number;
  relationships: number;
  batches: number;
  /** Meetings of the graph found already in Neo4j under another id (see reconcileMeetings). */
  meetingsMatched: number;
  /** False when `maxBatches` stopped the export early. */
  complete: boolean;
}

type Row = Record<string, unknown>;

interface Batch {
  query: string;
  rows: Row[];
  kind: 'nodes' | 'relationships';
  step: string;
}

/**
 * Writes a huiyi graph into Neo4j: applies cypher/schema.cypher, then MERGEs nodes on `id` and relationships on
 * their endpoints (plus `as` / `title` where one pair can have several), in parameterized `UNWIND $rows` batches,
 * each in its own retryable write transaction. List properties are united with what the database holds and
 * scalars replaced only by non-null values, so exporting the same graph twice changes nothing, exporting more
 * articles later adds to what is there, and an interrupted export run again completes without duplicates.
 */
export async function exportGraph(driver: Driver, graph: HuiyiGraph, options: ExportOptions = {}): Promise<ExportSummary> {
  const database = options.database;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  await applySchema(driver, database);
  const { renamed, rekeyed } = await reconcileMeetings(driver, graph, database);
  const idOf = (id: string): string => renamed.get(id) ?? id;

  const batches = [...nodeBatches(graph, batchSize, idOf), ...relationshipBatches(graph, batchSize, idOf)];
  const rowsTotal = batches.reduce((sum, batch) => sum + batch.rows.length, 0);
  const limit = Math.min(batches.length, options.maxBatches ?? Infinity);
  const summary: ExportSummary = {
    nodes: 0,
    relationships: 0,
    batches: 0,
    meetingsMatched: renamed.size + rekeyed.size,
    complete: limit === batches.length,
  };
  let rowsDone = 0;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const batch of batches.slice(0, limit)) {
      await session.executeWrite((tx) => tx.run(batch.query, { rows: batch.rows }));
      summary[batch.kind] += batch.rows.length;
      summary.batches += 1;
      rowsDone += batch.rows.length;
      options.onProgress?.({ step: batch.step, batchesDone: summary.batches, batchesTotal: batches.length, rowsDone, rowsTotal });
    }
  } finally {
    await session.close();
  }
  return summary;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // Schema commands cannot share a transaction with each other's effects: one auto-commit query each.
    for (const statement of schemaStatements()) await session.run(statement);
  } finally {
    await session.close();
  }
}

function* nodeBatches(graph: HuiyiGraph, batchSize: number, idOf: (id: string) => string): Generator<Batch> {
  const byLabel = new Map<NodeLabel, Array<{ id: string; properties: Row }>>();
  graph.forEachNode((node, { label, id: _id, ...properties }) => {
    const rows = byLabel.get(label) ?? [];
    rows.push({ id: idOf(node), properties: boltValues(properties) });
    byLabel.set(label, rows);
  });
  for (const [label, rows] of byLabel) {
    const names = propertyNames(rows.map(({ properties }) => properties));
    const query = ['UNWIND $rows AS row', `MERGE (n:${label} {id: row.id})`, ...createAndMatchClauses('n', names, [])].join('\n');
    const sorted = rows
      .map(({ id, properties }) => ({ id, properties: withEmptyLists(properties, names) }))
      .sort((a, b) => compareIds(a.id, b.id));
    const step = `nodes ${label}`;
    yield* chunk(sorted, batchSize).map((part): Batch => ({ query, rows: part, kind: 'nodes', step }));
  }
}

function* relationshipBatches(graph: HuiyiGraph, batchSize: number, idOf: (id: string) => string): Generator<Batch> {
  type Group = { type: RelationshipType; from: NodeLabel; to: NodeLabel; rows: Array<{ start: string; end: string; properties: Row }> };
  const groups = new Map<string, Group>();
  graph.forEachEdge((_edge, { type, ...properties }, source, target, sourceAttributes, targetAttributes) => {
    const groupKey = `${type}|${sourceAttributes.label}|${targetAttributes.label}`;
    const group = groups.get(groupKey) ?? { type, from: sourceAttributes.label, to: targetAttributes.label, rows: [] };
    group.rows.push({ start: idOf(source), end: idOf(target), properties: boltValues(properties) });
    groups.set(groupKey, group);
  });
  for (const { type, from, to, rows } of groups.values()) {
    const keys = RELATIONSHIP_KEYS[type] ?? [];
    const names = propertyNames(rows.map(({ properties }) => properties));
    const identity = keys.length === 0 ? '' : ` {${keys.map((key) => `${quote(key)}: row.properties.${quote(key)}`).join(', ')}}`;
    const query = [
      'UNWIND $rows AS row',
      `MATCH (a:${from} {id: row.start})`,
      `MATCH (b:${to} {id: row.end})`,
      `MERGE (a)-[r:${type}${identity}]->(b)`,
      ...createAndMatchClauses('r', names, keys),
    ].join('\n');
    // Sorted by endpoints, so that a batch takes the locks of one article (person, …) together.
    const sorted = rows
      .map(({ start, end, properties }) => ({ start, end, properties: withEmptyLists(properties, names) }))
      .sort((a, b) => compareIds(a.start, b.start) || compareIds(a.end, b.end));
    const step = `relationships ${type} (${from})->(${to})`;
    yield* chunk(sorted, batchSize).map((part): Batch => ({ query, rows: part, kind: 'relationships', step }));
  }
}

/** Date bounds keep the earliest / latest of what is stored and what is exported. */
const BOUNDS: Record<string, '<' | '>'> = { firstSeen: '<', lastSeen: '>' };

/**
 * A node or relationship the MERGE creates takes the row's properties in one map assignment (the common case,
 * and the whole of a first export). One already there is reconciled property by property: lists are united with
 * the stored list (order kept, new items appended), date bounds keep the wider range, other scalars are set when
 * the row has one.
 */
function createAndMatchClauses(variable: string, names: PropertyName[], keys: string[]): string[] {
  const assignments = names
    .filter(({ name }) => !keys.includes(name))
    .map(({ name, list }) => {
      const stored = `${variable}.${quote(name)}`;
      const given = `row.properties.${quote(name)}`;
      const bound = BOUNDS[name];
      if (list) {
        return `${stored} = CASE WHEN ${stored} IS NULL THEN ${given} ELSE ${stored} + [item IN ${given} WHERE NOT item IN ${stored}] END`;
      }
      if (bound) {
        return `${stored} = CASE WHEN ${stored} IS NULL OR ${given} ${bound} ${stored} THEN coalesce(${given}, ${stored}) ELSE ${stored} END`;
      }
      return `${stored} = coalesce(${given}, ${stored})`;
    });
  if (assignments.length === 0) return [];
  return [`ON CREATE SET ${variable} += row.properties`, `ON MATCH SET ${assignments.join(',\n    ')}`];
}

interface PropertyName {
  name: string;
  list: boolean;
}

function propertyNames(rows: Row[]): PropertyName[] {
  const names = new Map<string, boolean>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) names.set(name, (names.get(name) ?? false) || Array.isArray(value));
  }
  return [...names].map(([name, list]) => ({ name, list }));
}

/**
 * The row's properties, with an empty list for each list property the row lacks but others of its kind have: a
 * stored list then always exists to unite with, and a created entity has the same properties as a matched one.
 */
function withEmptyLists(row: Row, names: PropertyName[]): Row {
  const properties: Row = {};
  for (const { name, list } of names) {
    const value = row[name];
    if (value !== undefined && value !== null) properties[name] = value;
    else if (list) properties[name] = [];
  }
  return properties;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JavaScript numbers travel as floats over Bolt: whole numbers (count, session) are sent as Neo4j integers. */
function boltValues(properties: Row): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

function quote(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}
