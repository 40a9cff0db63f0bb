import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import type { ParsedArticle } from '../../src/types.js';
import { parsedArticle } from '../support/parsed-article.js';

function article(title: string, body: string[], published: string): ParsedArticle {
  return parsedArticle(title, body, { article: 'test', path: '/test', published });
}

describe('extractFacts', () => {
  it('reads a joint meeting with two bodies, sessions, date and roles (seed 000)', () => {
    const facts = extractFacts(article('北京新增聚集性疫情，蔡奇主持召开会议调度处置工作', [
      '11月11日上午，北京新冠肺炎疫情防控工作领导小组第一百三十三次会议暨首都严格进京管理联防联控协调机制第八十四次会议召开，研究调度疫情处置工作。市委书记、防控工作领导小组组长蔡奇主持会议，市委副书记、市长、防控工作领导小组副组长陈吉宁，市委副书记、防控工作领导小组副组长张延昆出席会议。',
    ], '2021-11-11T14:57:52+08:00'));
    expect(facts.meetings).toHaveLength(1);
    const [meeting] = facts.meetings;
    expect(meeting).toMatchObject({
      date: '2021-11-11', time_of_day: 'morning', complete: true,
      bodies: [{ name: '北京新冠肺炎疫情防控工作领导小组', session: 133 }, { name: '首都严格进京管理联防联控协调机制', session: 84 }],
    });
    expect(meeting!.participants.map((p) => [p.name, p.role, p.titles])).toEqual([
      ['蔡奇', 'chair', ['市委书记', '防控工作领导小组组长']],
      ['陈吉宁', 'attendee', ['市委副书记', '市长', '防控工作领导小组副组长']],
      ['张延昆', 'attendee', ['市委副书记', '防控工作领导小组副组长']],
    ]);
    expect(facts.people).toEqual(['蔡奇', '陈吉宁', '张延昆']);
    const evidence = meeting!.participants[1]!.evidence!;
    expect(facts.meetings[0]!.evidence![0]!.sentence).toContain('蔡奇主持召开会议');
    expect(evidence.sentence).toContain('陈吉宁');
  });

  it('dates a flash on its publication day (sina 0009)', () => {
    const facts = extractFacts(article('李克强主持召开国务院常务会议', [
      '李克强主持召开国务院常务会议，审议通过“十四五”推进国家政务信息化规划，加快建设数字政府提升政务服务水平。',
    ], '2021-11-17T19:48:07+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies, m.participants.map((p) => [p.name, p.role])])).toEqual([
      ['2021-11-17', [{ name: '国务院', session: null }], [['李克强', 'chair']]],
    ]);
  });

  it('merges two sentences about one gathering and keeps every title (seed 004)', () => {
    const facts = extractFacts(article('蔡奇主持北京防疫会议', [
      '中共北京市委书记蔡奇昨天主持召开北京市防疫工作会议，会议要求“扛起责任、严防死守、扎紧篱笆，坚决阻断病毒传播渠道”。',
      '据《北京日报》报道，北京冠病疫情防控工作领导小组昨天召开会议，研究调度疫情防控工作。市委书记、防控工作领导小组组长蔡奇主持会议，市政协党组书记魏小东出席会议。',
    ], '2021-08-10T12:47:59+08:00'));
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]!.date).toBe('2021-08-09');
    expect(facts.meetings[0]!.time_of_day).toBeNull();
    expect(facts.meetings[0]!.participants.find((p) => p.name === '蔡奇')!.titles.sort()).toEqual(
      ['中共北京市委书记', '市委书记', '防控工作领导小组组长'].sort(),
    );
  });

  it('reads Traditional script and reports names as written (hkcnews)', () => {
    const facts = extractFacts(article('涂謹申主持首次會議', [
      '立法會今早首次召開修訂《逃犯條例》法案委員會會議。民主黨涂謹申主持會議。',
    ], '2019-04-17T00:00:00+08:00'));
    expect(facts.meetings[0]).toMatchObject({ date: '2019-04-17', time_of_day: 'morning' });
    expect(facts.meetings[0]!.participants.map((p) => [p.name, p.role])).toEqual([['涂謹申', 'chair']]);
  });

  it('finds people outside participant lists (sina 0014: 以习近平同志为核心; sina 0023: a list of appointees)', () => {
    const facts = extractFacts(article('标题', [
      '李克强说，今年以来，在以习近平同志为核心的党中央坚强领导下，经济运行总体在合理区间。',
      '会议经过表决，决定杨振武、信春鹰、李飞、张业遂、孔绍逊、李宝荣为大会副秘书长。',
    ], '2022-04-08T19:58:35+08:00'));
    expect(facts.people).toEqual(['李克强', '习近平', '杨振武', '信春鹰', '李飞', '张业遂', '孔绍逊', '李宝荣']);
  });

  it('takes no place from inside a person’s name (xwlb 2012-10-23: 李长春; terminus2049 2019-07-30: 韩国瑜)', () => {
    const facts = extractFacts(article('标题', [
      '中共中央政治局常委、中央宣传思想工作领导小组组长李长春23日下午主持召开会议。',
      '国民党高雄市长韩国瑜表示，将参加党内初选。',
    ], '2019-07-30T12:00:00+08:00'));
    expect(facts.people).toEqual(['李长春', '韩国瑜']);
    expect(facts.places).toEqual([]);
  });

  it('reports no meeting in ordinary economic news, nor a planned one', () => {
    const facts = extractFacts(article('标题', ['根据会议日程，这次大会定于3月5日上午开幕。'], '2022-03-04T08:34:02+08:00'));
    expect(facts.meetings).toEqual([]);
  });
});
