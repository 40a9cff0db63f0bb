import { beforeEach, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { buildGraph } from '../../src/graph/build.js';
import { connect } from '../../src/export/connect.js';
import { exportGraph } from '../../src/export/neo4j.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { goldInput, readGold } from '../graph/fixtures.js';
import { clearDatabase, describeNeo4j } from './connection.js';

const lexicon = defaultLexicon();
const seeds = readGold('seeds.jsonl').map((facts) => goldInput(facts));
const graphOf = (inputs: typeof seeds) => buildGraph(inputs, { lexicon }).graph;

async function counts(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WITH labels(n)[0] AS name, count(*) AS count RETURN name, count
     UNION ALL MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count RETURN name, count`,
  );
  return records.map((record) => `${record.get('name')} ${record.get('count')}`).sort();
}

/** Every relationship with its endpoints and properties, list properties sorted (their order depends on export order). */
async function snapshot(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties',
  );
  return records
    .map((record) => {
      const properties = Object.entries(record.get('properties') as Record<string, unknown>)
        .map(([name, value]) => `${name}=${Array.isArray(value) ? [...value].sort().join('|') : String(value)}`)
        .sort();
      return [record.get('start'), record.get('type'), record.get('end'), ...properties].join(' ');
    })
    .sort();
}

describeNeo4j('exporting the seeds graph (gold facts) to Neo4j', (neo4j) => {
  beforeEach(() => clearDatabase(neo4j.driver));

  it('writes the graph, and writing it again changes nothing', async () => {
    const graph = graphOf(seeds);
    const first = await exportGraph(neo4j.driver, graph);
    expect(first).toMatchObject({ nodes: graph.order, relationships: graph.size, complete: true });
    const once = await snapshot(neo4j.driver);
    expect(await counts(neo4j.driver)).toContain('Meeting 5');
    await exportGraph(neo4j.driver, graph);
    expect(await snapshot(neo4j.driver)).toEqual(once);
    expect(once).toHaveLength(graph.size);
  });

  it('exporting seeds 0–2 then 3–4 gives the same database as all five at once', async () => {
    await exportGraph(neo4j.driver, graphOf(seeds));
    const together = await snapshot(neo4j.driver);
    await clearDatabase(neo4j.driver);
    await exportGraph(neo4j.driver, graphOf(seeds.slice(0, 3)));
    await exportGraph(neo4j.driver, graphOf(seeds.slice(3)));
    expect(await snapshot(neo4j.driver)).toEqual(together);
  });

  it('a meeting already in Neo4j gains a later article reporting it', async () => {
    await exportGraph(neo4j.driver, graphOf([seeds[0]!]));
    const copy = goldInput({ ...readGold('seeds.jsonl')[0]!, article: 'brief.md' }, { contentHash: 'brief' });
    await exportGraph(neo4j.driver, graphOf([copy]));
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (:Person {name: '蔡奇'})-[r:CHAIRED]->(m:Meeting) RETURN m.id AS meeting, size(r.articles) AS articles,
              COUNT { (:Article)-[:REPORTS]->(m) } AS reports`,
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { meeting: 'meeting:北京新冠肺炎疫情防控工作领导小组#133', articles: 2, reports: 2 },
    ]);
  });

  it('a meeting exported under its date and later under its session is one node, as when built together', async () => {
    // A flash without the session (北京新冠肺炎疫情防控工作领导小组召开会议，蔡奇主持), then the full report seeds/000.
    const s000 = readGold('seeds.jsonl')[0]!;
    const [meeting] = s000.meetings;
    const flash = goldInput(
      {
        ...s000,
        article: 'flash/lg.md',
        meetings: [{ ...meeting!, id: 'flash', bodies: [{ name: '北京新冠肺炎疫情防控工作领导小组', session: null }], participants: [meeting!.participants[0]!] }],
      },
      { contentHash: 'flash' },
    );
    const full = seeds[0]!;
    const meetings = async (): Promise<string[]> =>
      (await neo4j.driver.executeQuery('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id')).records.map((record) => record.get('id'));

    await exportGraph(neo4j.driver, graphOf([full, flash]));
    const together = await snapshot(neo4j.driver);
    expect(await meetings()).toEqual(['meeting:北京新冠肺炎疫情防控工作领导小组#133']);

    await clearDatabase(neo4j.driver);
    expect(await exportGraph(neo4j.driver, graphOf([flash]))).toMatchObject({ meetingsMatched: 0 });
    expect(await meetings()).toEqual([`meeting:北京新冠肺炎疫情防控工作领导小组@${meeting!.date}`]);
    expect(await exportGraph(neo4j.driver, graphOf([full]))).toMatchObject({ meetingsMatched: 1 });
    expect(await snapshot(neo4j.driver)).toEqual(together);

    await clearDatabase(neo4j.driver);
    await exportGraph(neo4j.driver, graphOf([full]));
    expect(await exportGraph(neo4j.driver, graphOf([flash]))).toMatchObject({ meetingsMatched: 1 });
    expect(await snapshot(neo4j.driver)).toEqual(together);
    expect(await exportGraph(neo4j.driver, graphOf([flash]))).toMatchObject({ meetingsMatched: 1 });
    expect(await snapshot(neo4j.driver)).toEqual(together);
  });

  it('keeps a meeting of another date or session apart from the one in Neo4j', async () => {
    const s000 = readGold('seeds.jsonl')[0]!;
    const [meeting] = s000.meetings;
    const otherDay = goldInput(
      {
        ...s000,
        article: 'flash/other-day.md',
        meetings: [{ ...meeting!, id: 'other', date: '2022-01-01', bodies: [{ name: '北京新冠肺炎疫情防控工作领导小组', session: null }] }],
      },
      { contentHash: 'other-day' },
    );
    await exportGraph(neo4j.driver, graphOf([seeds[0]!]));
    expect(await exportGraph(neo4j.driver, graphOf([otherDay]))).toMatchObject({ meetingsMatched: 0 });
    const { records } = await neo4j.driver.executeQuery('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id');
    expect(records.map((record) => record.get('id'))).toEqual([
      'meeting:北京新冠肺炎疫情防控工作领导小组#133',
      'meeting:北京新冠肺炎疫情防控工作领导小组@2022-01-01',
    ]);
  });

  it('an export stopped after some batches, run again, completes with nothing duplicated', async () => {
    const graph = graphOf(seeds);
    await exportGraph(neo4j.driver, graph);
    const complete = await snapshot(neo4j.driver);
    await clearDatabase(neo4j.driver);
    const partial = await exportGraph(neo4j.driver, graph, { batchSize: 10, maxBatches: 12 });
    expect(partial).toMatchObject({ batches: 12, complete: false });
    await exportGraph(neo4j.driver, graph, { batchSize: 10 });
    expect(await snapshot(neo4j.driver)).toEqual(complete);
  });

  it('names an unreachable server and a missing database in one message each', async () => {
    await expect(connect({ uri: 'bolt://127.0.0.1:1' })).rejects.toThrow(
      'cannot reach Neo4j at bolt://127.0.0.1:1: is the server running and the port right?',
    );
    await expect(connect({ uri: neo4j.connection.uri, database: 'nosuchdb' })).rejects.toThrow(
      `Neo4j at ${neo4j.connection.uri} has no database "nosuchdb"`,
    );
  });
});
