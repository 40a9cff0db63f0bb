import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { exportGraph } from '../../src/export/neo4j.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { goldInput, readGold } from '../graph/fixtures.js';
import { clearDatabase, describeNeo4j } from './connection.js';

const QUERIES = new URL('../../cypher/queries/', import.meta.url);

/** A query file's text without its final semicolon, and its `// @param name <JSON>` defaults. */
function queryFile(name: string): { query: string; params: Record<string, unknown> } {
  const text = readFileSync(new URL(name, QUERIES), 'utf8');
  const params = Object.fromEntries(
    [...text.matchAll(/^\/\/ @param (\w+) (.+)$/gm)].map((match) => [match[1]!, JSON.parse(match[2]!) as unknown]),
  );
  return { query: text.trim().replace(/;$/, ''), params };
}

describeNeo4j('cypher/queries on the five seeds (gold facts)', (neo4j) => {
  beforeAll(async () => {
    await clearDatabase(neo4j.driver);
    const { graph } = buildGraph(readGold('seeds.jsonl').map((facts) => goldInput(facts)), { lexicon: defaultLexicon() });
    await exportGraph(neo4j.driver, graph);
  });

  const run = async (name: string) => {
    const { query, params } = queryFile(name);
    const { records } = await neo4j.driver.executeQuery(query, params);
    return records.map((record) => record.toObject());
  };

  it('every query file has a title, a description and parameters with defaults', () => {
    for (const name of readdirSync(QUERIES).filter((file) => file.endsWith('.cypher') && !file.startsWith('coattend-'))) {
      const lines = readFileSync(new URL(name, QUERIES), 'utf8').split('\n');
      expect(lines[0]).toMatch(/^\/\/ \S/);
      expect(lines[1]).toMatch(/^\/\/ \S/);
    }
  });

  it('pairs-person: 蔡奇 shares four meetings with 陈吉宁 and 张延昆', async () => {
    expect(await run('pairs-person.cypher')).toEqual([
      { person: '张延昆', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
      { person: '陈吉宁', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
      { person: '李伟', meetings: 3, first: '2021-08-07', last: '2022-05-05' },
      { person: '魏小东', meetings: 2, first: '2021-08-09', last: '2022-05-05' },
      { person: '雷海潮', meetings: 1, first: '2022-05-05', last: '2022-05-05' },
    ]);
  });

  it('pairs-overall: the most frequent pairs first', async () => {
    const rows = await run('pairs-overall.cypher');
    expect(rows.slice(0, 3)).toEqual([
      { personA: '张延昆', personB: '蔡奇', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
      { personA: '张延昆', personB: '陈吉宁', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
      { personA: '蔡奇', personB: '陈吉宁', meetings: 4, first: '2021-08-07', last: '2022-05-05' },
    ]);
    expect(rows.some((row) => [row.personA, row.personB].includes('文献') && [row.personA, row.personB].includes('蔡奇'))).toBe(false);
  });

  it('person-meetings: 陈吉宁 in date order with the titles held', async () => {
    const rows = await run('person-meetings.cypher');
    expect(rows.map((row) => [row.date, row.role, (row.titles as string[]).join('、')])).toEqual([
      ['2021-08-07', 'attendee', '市委副书记、市长、防控工作领导小组副组长'],
      ['2021-08-09', 'attendee', '市委副书记、市长、防控工作领导小组副组长'],
      ['2021-11-11', 'attendee', '市委副书记、市长、防控工作领导小组副组长'],
      ['2022-05-05', 'attendee', '市委副书记、市长、防控工作领导小组副组长'],
    ]);
  });

  it('person-positions: 陈吉宁\'s titles with first and last seen', async () => {
    expect(await run('person-positions.cypher')).toEqual([
      { title: '市委副书记', body: '北京市委', firstSeen: '2021-08-07', lastSeen: '2022-05-05', articles: 4 },
      { title: '市长', body: '北京市人民政府', firstSeen: '2021-08-07', lastSeen: '2022-05-05', articles: 4 },
      { title: '防控工作领导小组副组长', body: '北京新冠肺炎疫情防控工作领导小组', firstSeen: '2021-08-07', lastSeen: '2022-05-05', articles: 4 },
    ]);
  });

  it('body-meetings: the leading group\'s meetings in session order', async () => {
    expect((await run('body-meetings.cypher')).map((row) => [row.session, row.date])).toEqual([
      [114, '2021-08-07'],
      [133, '2021-11-11'],
      [189, '2022-05-05'],
      [null, '2021-08-09'],
    ]);
  });

  it('body-chairs: 蔡奇 chaired all four', async () => {
    expect(await run('body-chairs.cypher')).toEqual([{ chair: '蔡奇', meetings: 4, first: '2021-08-07', last: '2022-05-05' }]);
  });

  it('meeting-evidence: the article and participants behind meeting 133', async () => {
    const [row] = await run('meeting-evidence.cypher');
    expect((row!.articles as Array<{ paths: string[] }>).map((article) => article.paths)).toEqual([['seeds/000_b964cf4bff8d9a77.txt']]);
    expect((row!.participants as Array<{ person: string; role: string }>).map(({ person, role }) => `${person} ${role}`)).toEqual([
      '蔡奇 chair',
      '张延昆 attendee',
      '陈吉宁 attendee',
    ]);
  });

  it('shortest-chain: 张延昆 reaches 雷海潮 through one shared meeting', async () => {
    expect(await run('shortest-chain.cypher')).toEqual([
      { chain: ['张延昆', '2022-05-05 北京新冠肺炎疫情防控工作领导小组第189次会议暨首都严格进京管理联防联控协调机制第138次会议', '雷海潮'], meetings: 1 },
    ]);
  });
});
