import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { articleId } from '../../src/graph/ids.js';
import type { HuiyiGraph } from '../../src/graph/model.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { parseOverrides } from '../../src/resolve/overrides.js';
import type { ArticleFacts } from '../../src/types.js';
import { goldInput, hasGold, readGold } from './fixtures.js';

const lexicon = defaultLexicon();

function nodesOf(graph: HuiyiGraph, label: string): string[] {
  return graph.filterNodes((_node, attributes) => attributes.label === label).sort();
}

function meetingsOf(graph: HuiyiGraph, person: string): string[] {
  return graph
    .outEdges(person)
    .filter((edge) => ['CHAIRED', 'ATTENDED'].includes(graph.getEdgeAttribute(edge, 'type')))
    .map((edge) => graph.target(edge))
    .sort();
}

describe.skipIf(!hasGold)('merging the five seeds (gold facts)', () => {
  const seeds = readGold('seeds.jsonl');
  const [s000, , , s003] = seeds as [ArticleFacts, ArticleFacts, ArticleFacts, ArticleFacts, ArticleFacts];

  it('gives five meetings, and 蔡奇 and 陈吉宁 share four', () => {
    const { graph } = buildGraph(seeds.map((facts) => goldInput(facts)), { lexicon });
    expect(nodesOf(graph, 'Meeting')).toEqual([
      'meeting:北京新冠肺炎疫情防控工作领导小组#114',
      'meeting:北京新冠肺炎疫情防控工作领导小组#133',
      'meeting:北京新冠肺炎疫情防控工作领导小组#189',
      'meeting:北京新冠肺炎疫情防控工作领导小组@2021-08-09',
      'meeting:朝阳区新冠肺炎疫情防控工作领导小组@2022-06-17',
    ]);
    const caiQi = meetingsOf(graph, 'person:蔡奇');
    const chenJining = meetingsOf(graph, 'person:陈吉宁');
    expect(caiQi.filter((meeting) => chenJining.includes(meeting))).toHaveLength(4);
    // A joint meeting is convened by each of its bodies, with its own session.
    expect(
      graph
        .outEdges('meeting:北京新冠肺炎疫情防控工作领导小组#133')
        .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'CONVENED_BY')
        .map((edge) => [graph.target(edge), graph.getEdgeAttribute(edge, 'session')]),
    ).toEqual([
      ['body:北京新冠肺炎疫情防控工作领导小组', 133],
      ['body:首都严格进京管理联防联控协调机制', 84],
    ]);
  });

  it('makes seeds/000 and its identical copy sina/0001.md one Article with both paths and one Meeting', () => {
    const copy = { ...s000, article: 'sina/0001.md' };
    const { graph, meetingNode } = buildGraph([goldInput(s000), goldInput(copy)], { lexicon });
    const articles = nodesOf(graph, 'Article');
    expect(articles).toHaveLength(1);
    expect(graph.getNodeAttribute(articles[0]!, 'path')).toEqual(['seeds/000_b964cf4bff8d9a77.txt', 'sina/0001.md']);
    expect(nodesOf(graph, 'Meeting')).toEqual(['meeting:北京新冠肺炎疫情防控工作领导小组#133']);
    expect(meetingNode('sina/0001.md', 'bj-lg-133')).toBe('meeting:北京新冠肺炎疫情防控工作领导小组#133');
  });

  it('merges a brief naming only one body of the joint meeting into the full report, through either body', () => {
    // A flash as outlets send before the full report: 北京新冠肺炎疫情防控工作领导小组召开第一百三十三次会议，蔡奇主持。
    const brief = (article: string, body: string, session: number): ArticleFacts => ({
      ...s000,
      article,
      meetings: [{ ...s000.meetings[0]!, id: 'brief', bodies: [{ name: body, session }], participants: [s000.meetings[0]!.participants[0]!] }],
    });
    const { graph } = buildGraph(
      [
        goldInput(brief('flash/lg.md', '北京新冠肺炎疫情防控工作领导小组', 133)),
        goldInput(brief('flash/mechanism.md', '首都严格进京管理联防联控协调机制', 84)),
        goldInput(s000),
      ],
      { lexicon },
    );
    const [meeting, ...others] = nodesOf(graph, 'Meeting');
    expect(others).toEqual([]);
    expect(graph.inEdges(meeting!).filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'REPORTS')).toHaveLength(3);
    const [chaired] = graph.edges('person:蔡奇', meeting!);
    expect(graph.getEdgeAttribute(chaired!, 'articles')).toHaveLength(3);
  });

  it('merges a report without session into the same body on the same date, not on another date or time of day', () => {
    // seeds/004: 8月9日召开会议 — the same body without a session; variants of it dated differently.
    const s004 = seeds[4]!;
    const variant = (article: string, date: string, timeOfDay: 'morning' | 'afternoon' | null): ArticleFacts => ({
      ...s004,
      article,
      meetings: [{ ...s004.meetings[0]!, date, time_of_day: timeOfDay }],
    });
    const { graph } = buildGraph(
      [
        goldInput(s004),
        goldInput(variant('copy/same-day.md', '2021-08-09', 'afternoon')),
        goldInput(variant('copy/next-day.md', '2021-08-10', null)),
        goldInput(variant('copy/same-day-morning.md', '2021-08-09', 'morning')),
      ],
      { lexicon },
    );
    // The morning report cannot join the afternoon cluster: two meetings on 08-09, one on 08-10.
    const meetings = nodesOf(graph, 'Meeting');
    expect(meetings).toHaveLength(3);
    expect(meetings).toEqual([
      'meeting:北京新冠肺炎疫情防控工作领导小组@2021-08-09~蔡奇~afternoon',
      'meeting:北京新冠肺炎疫情防控工作领导小组@2021-08-09~蔡奇~morning',
      'meeting:北京新冠肺炎疫情防控工作领导小组@2021-08-10',
    ]);
  });

  it('never merges different sessions of one body, even on the same date', () => {
    const other = { ...s000, article: 'other.md', meetings: [{ ...s000.meetings[0]!, bodies: [{ name: '北京新冠肺炎疫情防控工作领导小组', session: 134 }] }] };
    const { graph } = buildGraph([goldInput(s000), goldInput(other)], { lexicon });
    expect(nodesOf(graph, 'Meeting')).toEqual([
      'meeting:北京新冠肺炎疫情防控工作领导小组#133',
      'meeting:北京新冠肺炎疫情防控工作领导小组#134',
    ]);
  });

  it('keeps 王旭, 朝阳区政协主席, apart from a 王旭 named elsewhere without that post', () => {
    const elsewhere: ArticleFacts = { ...seeds[2]!, article: 'other/wangxu.md', people: ['王旭'], meetings: [] };
    const { graph } = buildGraph([goldInput(s003), goldInput(elsewhere)], { lexicon });
    expect(nodesOf(graph, 'Person').filter((id) => id.includes('王旭'))).toEqual(['person:王旭', 'person:王旭@北京市朝阳区']);
    expect(meetingsOf(graph, 'person:王旭@北京市朝阳区')).toEqual(['meeting:朝阳区新冠肺炎疫情防控工作领导小组@2022-06-17']);
    expect(graph.edges('person:王旭@北京市朝阳区', 'body:朝阳区政协')).toEqual(['HOLDS|person:王旭@北京市朝阳区|body:朝阳区政协|区政协主席']);
  });

  it('keeps an editor apart from an official of the same name, and an override joins them', () => {
    // seeds/000 and 001 credit 责任编辑：梁斌 (新浪财经); an article where a 梁斌 attends as 市委常委.
    const official: ArticleFacts = {
      ...seeds[1]!,
      article: 'other/liangbin.md',
      staff: [],
      meetings: [{ ...seeds[1]!.meetings[0]!, participants: [{ name: '梁斌', role: 'attendee', titles: ['市委常委'] }] }],
    };
    const inputs = [goldInput(s000), goldInput(seeds[1]!), goldInput(official)];
    const apart = buildGraph(inputs, { lexicon }).graph;
    expect(nodesOf(apart, 'Person').filter((id) => id.includes('梁斌'))).toEqual(['person:梁斌', 'person:梁斌/新浪财经']);
    const edited = inputs.slice(0, 2).map((input) => articleId(input.article.contentHash));
    expect(apart.outNeighbors('person:梁斌/新浪财经').sort()).toEqual(edited.sort());
    expect(meetingsOf(apart, 'person:梁斌/新浪财经')).toEqual([]);

    const overrides = parseOverrides({ same: [['person:梁斌', 'person:梁斌/新浪财经']] }, 'inline');
    const joined = buildGraph(inputs, { lexicon, overrides }).graph;
    expect(nodesOf(joined, 'Person').filter((id) => id.includes('梁斌'))).toEqual(['person:梁斌']);
    expect(joined.outEdges('person:梁斌').map((edge) => joined.getEdgeAttribute(edge, 'type')).sort()).toEqual([
      'ATTENDED',
      'HOLDS',
      'WROTE',
      'WROTE',
    ]);
  });

  it('keeps one person seen in a new post of the same jurisdiction (陈吉宁 市长, later 市委书记)', () => {
    const later: ArticleFacts = {
      ...seeds[1]!,
      article: 'later.md',
      meetings: [
        {
          ...seeds[1]!.meetings[0]!,
          id: 'later',
          date: '2022-11-01',
          bodies: [{ name: '北京市委', session: null }],
          participants: [{ name: '陈吉宁', role: 'chair', titles: ['市委书记'] }],
        },
      ],
    };
    const { graph } = buildGraph([goldInput(seeds[1]!), goldInput(later)], { lexicon });
    expect(nodesOf(graph, 'Person').filter((id) => id.includes('陈吉宁'))).toEqual(['person:陈吉宁']);
    const holds = graph
      .outEdges('person:陈吉宁')
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'HOLDS')
      .map((edge) => {
        const { title, firstSeen, lastSeen } = graph.getEdgeAttributes(edge);
        return [firstSeen, lastSeen, title, graph.target(edge)].join(' ');
      });
    expect(holds.sort()).toEqual([
      '2022-05-05 2022-05-05 市委副书记 body:北京市委',
      '2022-05-05 2022-05-05 市长 body:北京市人民政府',
      '2022-05-05 2022-05-05 防控工作领导小组副组长 body:北京新冠肺炎疫情防控工作领导小组',
      '2022-11-01 2022-11-01 市委书记 body:北京市委',
    ]);
  });

  it('gives the same ids and properties whatever the order the articles come in', () => {
    const forward = buildGraph(seeds.map((facts) => goldInput(facts)), { lexicon }).graph.export();
    const backward = buildGraph([...seeds].reverse().map((facts) => goldInput(facts)), { lexicon }).graph.export();
    expect(backward).toEqual(forward);
  });
});

describe.skipIf(!hasGold)('merging the dev gold', () => {
  it('keeps two meetings of one article apart even with the same body and date (rival 法案委員會 meetings)', () => {
    const rival = readGold('dev.jsonl').find((facts) => facts.article.endsWith('article_20518.md'))!;
    const { graph, meetingNode } = buildGraph([goldInput(rival)], { lexicon });
    const nodes = rival.meetings.map((meeting) => meetingNode(rival.article, meeting.id));
    expect(new Set(nodes).size).toBe(2);
    expect(nodesOf(graph, 'Meeting')).toHaveLength(2);
  });

  it('merges exactly the meetings the dev gold says are one (meeting_merge)', () => {
    const dev = readGold('dev.jsonl');
    const { meetingNode } = buildGraph(dev.map((facts) => goldInput(facts)), { lexicon });
    const mentions = dev.flatMap((facts) => facts.meetings.map((meeting) => ({ gold: meeting.id, node: meetingNode(facts.article, meeting.id) })));
    for (const a of mentions) {
      for (const b of mentions) expect(a.gold === b.gold).toBe(a.node === b.node);
    }
  });
});
