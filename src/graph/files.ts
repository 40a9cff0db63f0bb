import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { toGraphML } from './graphml.js';
import type { EdgeAttributes, HuiyiGraph, NodeAttributes } from './model.js';
import { writeNeo4jCsv } from './neo4j-csv.js';
import type { CsvFile } from './neo4j-csv.js';

export interface WrittenGraphFiles {
  json: string;
  gexf: string;
  graphml: string;
  neo4j: CsvFile[];
}

/** Writes graph.json (graphology's serialization), graph.gexf, graph.graphml and neo4j/ (neo4j-admin CSV). */
export function writeGraphFiles(graph: HuiyiGraph, directory: string): WrittenGraphFiles {
  mkdirSync(directory, { recursive: true });
  const json = path.join(directory, 'graph.json');
  writeFileSync(json, JSON.stringify(graph.export()));
  const gexf = path.join(directory, 'graph.gexf');
  writeFileSync(gexf, toGexf(graph));
  const graphml = path.join(directory, 'graph.graphml');
  writeFileSync(graphml, toGraphML(graph));
  return { json, gexf, graphml, neo4j: writeNeo4jCsv(graph, path.join(directory, 'neo4j')) };
}

/**
 * GEXF for Gephi: the node's display label is its name (or title), the huiyi label goes to the `kind` column
 * (Body's own `kind` becomes `bodyKind`), the relationship type is the edge label.
 */
export function toGexf(graph: HuiyiGraph): string {
  return writeGexf(graph, {
    formatNode: (_key, { label, kind, ...attributes }) => ({
      label: String(attributes.name ?? attributes.title ?? attributes.id),
      attributes: { ...attributes, kind: label, ...(kind === undefined ? {} : { bodyKind: kind }) },
    }),
    formatEdge: (_key, { type, ...attributes }) => ({ label: type, attributes: { type, ...attributes } }),
  });
}

export class GraphFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'GraphFileError';
  }
}

/** Reads a graph.json written by `huiyi build`. */
export function readGraphJson(file: string): HuiyiGraph {
  let data: SerializedGraph<NodeAttributes, EdgeAttributes>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SerializedGraph<NodeAttributes, EdgeAttributes>;
  } catch (error) {
    throw new GraphFileError(file, `cannot read graph (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFileError(file, 'not a graphology serialized graph (expected nodes and edges lists)');
  }
  const graph: HuiyiGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  graph.import(data);
  return graph;
}
