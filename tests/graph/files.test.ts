import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { readGraphJson, writeGraphFiles } from '../../src/graph/files.js';
import { formatCounts, graphCounts } from '../../src/graph/stats.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { goldInput, hasGold, readGold } from './fixtures.js';

describe.skipIf(!hasGold)('graph files of the five seeds (gold facts)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'huiyi-graph-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const { graph } = buildGraph(readGold('seeds.jsonl').map((facts) => goldInput(facts)), { lexicon: defaultLexicon() });
  const written = writeGraphFiles(graph, directory);

  it('counts nodes per label and relationships per type', () => {
    expect(graphCounts(graph)).toEqual({
      nodes: { Article: 5, Outlet: 5, Person: 15, Body: 14, Place: 3, Meeting: 5 },
      relationships: {
        REPORTS: 5, CHAIRED: 5, ATTENDED: 17, CONVENED_BY: 8, HELD_IN: 0, HOLDS: 19, BASED_IN: 11, PART_OF: 2,
        MENTIONS: 57, PUBLISHED_BY: 5, CITES: 5, WROTE: 6,
      },
    });
    expect(formatCounts(graphCounts(graph)).split('\n')[5]).toBe('(:Meeting)             5');
  });

  it('writes graph.json that graphology imports back to the same graph', () => {
    expect(readGraphJson(written.json).export()).toEqual(graph.export());
  });

  it('writes GEXF and GraphML that graphology parses back with every node and edge', () => {
    const gexf = parseGexf(Graph, readFileSync(written.gexf, 'utf8'));
    expect([gexf.order, gexf.size]).toEqual([graph.order, graph.size]);
    expect(gexf.getNodeAttributes('person:蔡奇')).toMatchObject({ label: '蔡奇', kind: 'Person' });
    const graphml = parseGraphML(Graph, readFileSync(written.graphml, 'utf8'));
    expect([graphml.order, graphml.size]).toEqual([graph.order, graph.size]);
    expect(graphml.getNodeAttributes('body:北京市委')).toMatchObject({ label: 'Body', name: '北京市委', kind: 'party-committee' });
  });

  it('writes neo4j-admin CSV with typed headers, one file per label and type, and the import command', () => {
    const csv = (name: string) => readFileSync(path.join(directory, 'neo4j', name), 'utf8').split('\n');
    expect(csv('nodes-Meeting.csv')[0]).toBe('id:ID,date:string,timeOfDay:string,title:string,:LABEL');
    expect(csv('relationships-CONVENED_BY.csv')[0]).toBe(':START_ID,:END_ID,session:int,:TYPE');
    expect(csv('relationships-ATTENDED.csv')[0]).toBe(':START_ID,:END_ID,articles:string[],as:string,evidence:string[],titles:string[],:TYPE');
    expect(csv('nodes-Person.csv')[0]).toBe('id:ID,aliases:string[],name:string,:LABEL');
    expect(csv('nodes-Person.csv')).toContain('"person:王旭@北京市朝阳区",,"王旭","Person"');
    expect(written.neo4j.map((file) => path.basename(file.file))).toHaveLength(17);
    expect(readFileSync(path.join(directory, 'neo4j', 'import.sh'), 'utf8')).toContain(
      '--nodes=nodes-Article.csv \\\n  --nodes=nodes-Body.csv',
    );
  });
});
