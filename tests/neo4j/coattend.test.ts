import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Graph from 'graphology';
import { int } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectCoattendance } from '../../src/analyse/index.js';
import { coattendCommand } from '../../src/cli/commands/coattend.js';
import { exportGraph } from '../../src/export/neo4j.js';
import { buildGraph } from '../../src/graph/build.js';
import type { HuiyiGraph } from '../../src/graph/model.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { meetingGraph, SMALL_FIXTURE } from '../analyse/fixture.js';
import { goldInput, readGold } from '../graph/fixtures.js';
import { clearDatabase, describeNeo4j } from './connection.js';

interface CypherQuery {
  title: string;
  parameters: Record<string, unknown>;
  text: string;
}

/** A query of cypher/queries: `// title`, `// what it answers`, `// @param name <JSON>` lines, then the query. */
function readQuery(name: string): CypherQuery {
  const source = readFileSync(new URL(`../../cypher/queries/${name}.cypher`, import.meta.url), 'utf8');
  const lines = source.split('\n');
  const header = lines.filter((line) => line.startsWith('//')).map((line) => line.replace(/^\/\/\s?/, ''));
  const parameters: Record<string, unknown> = {};
  for (const line of header) {
    const match = /^@param (\w+) (.+)$/.exec(line);
    if (match) parameters[match[1]!] = JSON.parse(match[2]!);
  }
  return { title: header[0]!, parameters, text: lines.filter((line) => !line.startsWith('//')).join('\n').trim().replace(/;$/, '') };
}

type Row = Record<string, unknown>;

/** The rows of the CLI's CSV output (`person_a,person_b,meetings,weight,first,last`). */
async function cliCsv(graphFile: string, ...options: string[]): Promise<Row[]> {
  let text = '';
  const command = coattendCommand({ stdout: (data) => (text += String(data)), stderr: () => {}, isTerminal: false });
  await command.parseAsync(['--graph', graphFile, '--format', 'csv', ...options], { from: 'user' });
  const [, ...rows] = text.trim().split('\n');
  return rows.map((row) => {
    const [personA, personB, meetings, , first, last] = row.split(',');
    return { personA, personB, meetings: Number(meetings), first: first || null, last: last || null };
  });
}

const byPair = (rows: Row[]): Row[] =>
  rows
    .map((row) => {
      const [personA, personB] = [row.personA as string, row.personB as string].sort();
      return { ...row, personA, personB };
    })
    .sort((x, y) => `${x.personA}|${x.personB}`.localeCompare(`${y.personA}|${y.personB}`));

const seedsGraph: HuiyiGraph = buildGraph(
  readGold('seeds.jsonl').map((facts) => goldInput(facts)),
  { lexicon: defaultLexicon() },
).graph;

describeNeo4j('co-attendance queries on the seeds (gold facts)', (neo4j) => {
  const directory = mkdtempSync(join(tmpdir(), 'huiyi-coattend-'));
  const graphFile = join(directory, 'graph.json');

  async function run(name: string, parameters: Row = {}): Promise<Row[]> {
    const query = readQuery(name);
    const session = neo4j.driver.session();
    try {
      // session.run: CALL … IN TRANSACTIONS needs an auto-commit transaction. Parameters go as plain JavaScript
      // numbers, which the driver sends as floats: the queries take them as well as cypher-shell's integers.
      const result = await session.run(query.text, { ...query.parameters, ...parameters });
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    writeFileSync(graphFile, JSON.stringify(seedsGraph.export()));
    await exportGraph(neo4j.driver, seedsGraph);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('every query has a title and example parameters in its header', () => {
    expect(readQuery('coattend-top-pairs').title).toBe('Co-attendance: top pairs');
    expect(readQuery('coattend-top-pairs-window').parameters).toEqual({ from: '2021-08-01', to: '2021-12-31', limit: 25 });
    expect(readQuery('coattend-project').parameters).toEqual({ batchSize: 1000 });
  });

  it('top pairs: the seed counts, the same as huiyi coattend', async () => {
    const rows = await run('coattend-top-pairs', { limit: 100 });
    expect(byPair(rows.slice(0, 3))).toEqual(
      byPair([
        { personA: '蔡奇', personB: '陈吉宁', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
        { personA: '蔡奇', personB: '张延昆', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
        { personA: '陈吉宁', personB: '张延昆', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
      ]),
    );
    const count = (a: string, b: string): unknown =>
      rows.find((row) => [row.personA, row.personB].sort().join() === [a, b].sort().join())?.meetings;
    expect([count('蔡奇', '陈吉宁'), count('蔡奇', '张延昆'), count('陈吉宁', '张延昆')]).toEqual([4, 4, 4]);
    expect([count('蔡奇', '李伟'), count('蔡奇', '魏小东'), count('蔡奇', '雷海潮'), count('文献', '吴小杰')]).toEqual([3, 2, 1, 1]);
    expect(count('蔡奇', '文献')).toBeUndefined();
    expect(rows).toHaveLength(21);
    expect(byPair(rows)).toEqual(byPair(await cliCsv(graphFile)));
    // cypher-shell's `:param limit => 3` gives an integer, the driver a float for a JavaScript 3: both limit
    expect(await run('coattend-top-pairs', { limit: int(3) })).toHaveLength(3);
    expect(await run('coattend-top-pairs', { limit: 3 })).toHaveLength(3);
  });

  it('top pairs in a date window, the same as --from/--to', async () => {
    const rows = await run('coattend-top-pairs-window', { from: '2021-08-01', to: '2021-12-31', limit: 100 });
    // three Beijing meetings (2021-08-07, 2021-08-09, 2021-11-11); 2022-05-05 and Chaoyang's 2022-06-17 fall outside
    expect(rows.find((row) => [row.personA, row.personB].sort().join() === ['蔡奇', '魏小东'].sort().join())).toMatchObject({
      meetings: 1,
      first: '2021-08-09',
      last: '2021-08-09',
    });
    expect(rows.find((row) => [row.personA, row.personB].sort().join() === ['蔡奇', '陈吉宁'].sort().join())).toMatchObject({
      meetings: 3,
      first: '2021-08-07',
      last: '2021-11-11',
    });
    expect(rows).toHaveLength(10);
    expect(byPair(rows)).toEqual(byPair(await cliCsv(graphFile, '--from', '2021-08-01', '--to', '2021-12-31')));
  });

  it("a person's circle, the same as --person", async () => {
    const rows = await run('coattend-circle', { person: '文献' });
    expect(byPair(rows).map((row) => `${row.personA}–${row.personB} ${row.meetings}`)).toEqual(
      byPair(await cliCsv(graphFile, '--person', '文献')).map((row) => `${row.personA}–${row.personB} ${row.meetings}`),
    );
    expect(rows).toHaveLength(6);
    expect(await run('coattend-circle', { person: '蔡奇' })).toHaveLength(15);
  });

  it('pairs who never met: none among the seeds’ Beijing leading group, who all met on 2022-05-05', async () => {
    expect(await run('coattend-never-met', { body: '北京新冠肺炎疫情防控工作领导小组' })).toEqual([]);
  });

  it('writes CO_ATTENDED relationships equal to the projection, and writing again changes nothing', async () => {
    const snapshot = async (): Promise<Row[]> => {
      const { records } = await neo4j.driver.executeQuery(
        'MATCH (a:Person)-[r:CO_ATTENDED]->(b:Person) RETURN a.name AS personA, b.name AS personB, r.meetings AS meetings, r.first AS first, r.last AS last',
      );
      return byPair(records.map((record) => record.toObject()));
    };
    await run('coattend-project', { batchSize: 2 });
    const once = await snapshot();
    await run('coattend-project');
    expect(await snapshot()).toEqual(once);
    const projection = projectCoattendance(seedsGraph as unknown as Graph);
    expect(once).toEqual(
      byPair(
        projection.mapEdges((_edge, attributes, _source, _target, a, b) => ({
          personA: a.name,
          personB: b.name,
          meetings: attributes.meetings,
          first: attributes.first,
          last: attributes.last,
        })),
      ),
    );
    expect(once).toHaveLength(21);
  });

  it('pairs who never met, on a fixture where G met only D at body Y', async () => {
    await clearDatabase(neo4j.driver);
    const fixture = meetingGraph([
      ...SMALL_FIXTURE,
      { id: 'M7', date: '2021-07-01', bodies: ['Y'], people: [['G', 'chair'], ['D', 'attendee']] },
    ]);
    await exportGraph(neo4j.driver, fixture as unknown as HuiyiGraph);
    expect(await run('coattend-never-met', { body: 'Y' })).toEqual([
      { personA: 'A', personB: 'G' },
      { personA: 'B', personB: 'G' },
      { personA: 'C', personB: 'G' },
    ]);
    expect(await run('coattend-never-met', { body: 'X' })).toEqual([]);
  });
});
