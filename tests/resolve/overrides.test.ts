import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { loadOverrides, parseOverrides } from '../../src/resolve/overrides.js';
import type { HuiyiGraph } from '../../src/graph/model.js';
import type { ArticleFacts } from '../../src/types.js';
import { goldInput, hasGold, readGold } from '../graph/fixtures.js';

describe('overrides', () => {
  it('loads the example file', () => {
    const overrides = loadOverrides(path.resolve(import.meta.dirname, '../../examples/overrides.yaml'));
    expect([...overrides.sameAs]).toEqual([['person:王旭', 'person:王旭@北京市朝阳区']]);
    expect([...overrides.distinctNames]).toEqual(['李伟']);
  });

  it('names the file and the reason for a bad entry', () => {
    expect(() => parseOverrides({ same: [['person:a']] }, 'o.yaml')).toThrow('o.yaml: same[0] must be a list of at least two ids');
    expect(() => parseOverrides({ peoples: {} }, 'o.yaml')).toThrow('o.yaml: unknown key "peoples" (expected same, people, bodies)');
  });

  it.skipIf(!hasGold)('joins two ids the rules keep apart, splits a name by jurisdiction and aliases a body', () => {
    const seeds = readGold('seeds.jsonl');
    // seeds/003: 王旭, 区政协主席 in 朝阳区; beside it a meeting of the 北京市委 a 王旭 attends as 市委常委.
    const s000 = seeds[0]!;
    const beijing: ArticleFacts = {
      ...s000,
      article: 'other/wangxu.md',
      meetings: [
        {
          ...s000.meetings[0]!,
          id: 'party-committee',
          date: '2022-10-01',
          bodies: [{ name: '北京市委', session: null }],
          participants: [{ name: '王旭', role: 'attendee', titles: ['市委常委'] }],
        },
      ],
    };
    const inputs = [...seeds.map((facts) => goldInput(facts)), goldInput(beijing)];
    const wangXu = (graph: HuiyiGraph): string[] =>
      graph.filterNodes((node, attributes) => attributes.label === 'Person' && node.startsWith('person:王旭')).sort();
    const meetingsOf = (graph: HuiyiGraph, person: string): string[] =>
      graph.outEdges(person).filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'ATTENDED').map((edge) => graph.target(edge)).sort();

    const apart = buildGraph(inputs, { lexicon: defaultLexicon() }).graph;
    expect(wangXu(apart)).toEqual(['person:王旭', 'person:王旭@北京市朝阳区']);

    const overrides = parseOverrides(
      {
        same: [['person:王旭@北京市朝阳区', 'person:王旭']], // every id of the group becomes the first
        people: { distinct: ['李伟'] },
        bodies: { aliases: { 首都严格进京管理联防联控协调机制: '北京新冠肺炎疫情防控工作领导小组' } },
      },
      'inline',
    );
    const { graph } = buildGraph(inputs, { lexicon: defaultLexicon(), overrides });
    expect(wangXu(graph)).toEqual(['person:王旭@北京市朝阳区']);
    expect(meetingsOf(graph, 'person:王旭@北京市朝阳区')).toEqual([
      'meeting:北京市委@2022-10-01',
      'meeting:朝阳区新冠肺炎疫情防控工作领导小组@2022-06-17',
    ]);
    const people = graph.filterNodes((_node, attributes) => attributes.label === 'Person');
    expect(people.filter((id) => id.startsWith('person:李伟'))).toEqual(['person:李伟@北京市']);
    expect(graph.hasNode('body:首都严格进京管理联防联控协调机制')).toBe(false);
  });
});
