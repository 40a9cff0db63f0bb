import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildCorpusGraph } from '../../src/graph/corpus.js';
import { writeGraphFiles } from '../../src/graph/files.js';
import { articleJurisdiction, defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { adminImport } from '../../tools/neo4j/admin-import.js';
import { EXAMPLES_DIR } from '../graph/fixtures.js';
import { describeNeo4j } from './connection.js';

const directory = mkdtempSync(path.join(tmpdir(), 'huiyi-csv-import-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Needs the Neo4j jars of tools/neo4j (the neo4j project's global setup installs them), not the running server.
describeNeo4j('neo4j-admin database import of the CSV files of the five examples (real extractor)', () => {
  it('imports every node, relationship and property without a bad entry', async () => {
    const { built } = await buildCorpusGraph([EXAMPLES_DIR], {
      root: EXAMPLES_DIR,
      lexicon: defaultLexicon(),
      jurisdictionOf: articleJurisdiction,
    });
    const { graph } = built;
    const files = writeGraphFiles(graph, path.join(directory, 'out'));
    const imported = await adminImport(path.join(directory, 'out', 'neo4j'), files.neo4j, path.join(directory, 'home'));
    // Properties neo4j-admin stores: every value but null (an empty list is written as an empty field, not stored).
    let properties = 0;
    const stored = (value: unknown): boolean => value !== null && !(Array.isArray(value) && value.length === 0);
    graph.forEachNode((_node, { label: _label, ...values }) => (properties += Object.values(values).filter(stored).length));
    graph.forEachEdge((_edge, { type: _type, ...values }) => (properties += Object.values(values).filter(stored).length));
    expect({ nodes: imported.nodes, relationships: imported.relationships, properties: imported.properties }).toEqual({
      nodes: graph.order,
      relationships: graph.size,
      properties,
    });
    expect(imported.output).not.toMatch(/bad entr|skipped/i);
  });
});
