import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphJson } from '../../src/graph/files.js';
import type { HuiyiGraph } from '../../src/graph/model.js';
import { CORPUS_DIR, EXAMPLES_DIR } from './fixtures.js';
import { huiyi } from '../support/cli.js';

const directory = mkdtempSync(path.join(tmpdir(), 'huiyi-build-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const labelled = (graph: HuiyiGraph, label: string): string[] =>
  graph.filterNodes((_node, attributes) => attributes.label === label).sort();

const meetingsOf = (graph: HuiyiGraph, person: string): string[] =>
  graph
    .outEdges(person)
    .filter((edge) => ['CHAIRED', 'ATTENDED'].includes(graph.getEdgeAttribute(edge, 'type')))
    .map((edge) => graph.target(edge));

describe('huiyi build (real extractor)', () => {
  it('builds the five examples into five meetings, 蔡奇 and 陈吉宁 sharing four, and prints the counts', async () => {
    const out = path.join(directory, 'examples');
    const { code, stdout, stderr } = await huiyi(['build', EXAMPLES_DIR, '--root', EXAMPLES_DIR, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('huiyi build: 5 articles (0 duplicates, 0 skipped, 0 failed)\n');
    expect(stdout.split('\n')).toContain('(:Meeting)             5');
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.graphml', 'graph.json', 'neo4j']);

    const graph = readGraphJson(path.join(out, 'graph.json'));
    expect(labelled(graph, 'Meeting')).toEqual([
      'meeting:北京新冠肺炎疫情防控工作领导小组#114',
      'meeting:北京新冠肺炎疫情防控工作领导小组#133',
      'meeting:北京新冠肺炎疫情防控工作领导小组#189',
      'meeting:北京新冠肺炎疫情防控工作领导小组@2021-08-09',
      'meeting:朝阳区新冠肺炎疫情防控工作领导小组@2022-06-17',
    ]);
    const chen = meetingsOf(graph, 'person:陈吉宁');
    expect(meetingsOf(graph, 'person:蔡奇').filter((meeting) => chen.includes(meeting))).toHaveLength(4);
  });

  it.skipIf(!existsSync(path.join(CORPUS_DIR, 'sina', '0001.md')))(
    'builds seeds/000 and its copy sina/0001.md into one Article with both paths and one Meeting',
    async () => {
      const out = path.join(directory, 'pair');
      const files = ['seeds/000_b964cf4bff8d9a77.txt', 'sina/0001.md'].map((file) => path.join(CORPUS_DIR, file));
      const { code } = await huiyi(['build', ...files, '--root', CORPUS_DIR, '--out', out]);
      expect(code).toBe(0);
      const graph = readGraphJson(path.join(out, 'graph.json'));
      const [article, ...otherArticles] = labelled(graph, 'Article');
      expect(otherArticles).toEqual([]);
      expect(graph.getNodeAttribute(article!, 'path')).toEqual(['seeds/000_b964cf4bff8d9a77.txt', 'sina/0001.md']);
      expect(labelled(graph, 'Meeting')).toEqual(['meeting:北京新冠肺炎疫情防控工作领导小组#133']);
    },
  );

  const emptyPages = ['8001-9000/article_8320.md', '29001-30000/article_29068.md', '38001-39000/article_38370.md'].map(
    (file) => path.join(CORPUS_DIR, 'hkcnews', 'articles', file),
  );
  it.skipIf(!emptyPages.every((file) => existsSync(file)))(
    'keeps archived pages without any text apart: three empty hkcnews pages are three Articles',
    async () => {
      const out = path.join(directory, 'empty');
      const { code, stdout } = await huiyi(['build', ...emptyPages, '--root', CORPUS_DIR, '--out', out]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^\(:Article\)\s+3$/m);
      const graph = readGraphJson(path.join(out, 'graph.json'));
      expect(labelled(graph, 'Article').map((article) => graph.getNodeAttribute(article, 'url')).sort()).toEqual([
        'https://web.archive.org/web/20210711192913/https://www.hkcnews.com/article/8320/-',
        expect.stringContaining('/article/29068/'),
        expect.stringContaining('/article/38370/'),
      ]);
    },
  );
});
