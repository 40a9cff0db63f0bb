import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { projectCoattendance, type CoattendGraph } from '../../src/analyse/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { goldInput } from '../graph/fixtures.js';
import { parsedArticle } from '../support/parsed-article.js';

/** Two real reports whose text says where the meeting was held: 在深圳主持召开 (sina 0030) and 在京开幕 (xwlb 2015-11-06). */
const ARTICLES = [
  parsedArticle('李克强主持召开经济大省政府主要负责人经济形势座谈会', [
    '（新闻联播）：16日，中共中央政治局常委、国务院总理李克强在深圳主持召开经济大省政府主要负责人座谈会。',
    '中共中央政治局委员、广东省委书记李希和广东省长发了言，江苏、浙江、山东、河南、四川省长视频发言。',
    '肖捷参加。',
  ], { article: 'sina/0030.md', published: '2022-08-16T19:47:51+08:00' }),
  parsedArticle('[视频]全国政协十二届常委会第十三次会议开幕 李克强作报告 俞正声主持', [
    '央视网消息（新闻联播）：政协十二届全国委员会常务委员会第十三次会议6号上午在京开幕。',
    '中共中央政治局常委、国务院总理李克强应邀出席开幕会并作报告。',
    '中共中央政治局常委、全国政协主席俞正声主持开幕会。',
  ], { article: 'xwlb/2015/20151106-11.md', published: '2015-11-06T19:30:00+08:00' }),
];

function counts(projection: CoattendGraph): Record<string, number> {
  const result: Record<string, number> = {};
  projection.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    result[[sourceAttributes.name, targetAttributes.name].sort().join('–')] = attributes.meetings;
  });
  return result;
}

describe('meeting places from extraction, through HELD_IN, to coattend --place', () => {
  const built = buildGraph(
    ARTICLES.map((article) => goldInput(extractFacts(article))),
    { lexicon: defaultLexicon() },
  ).graph as unknown as Graph;

  it('links each meeting to the place the text names', () => {
    const heldIn = built
      .filterEdges((_edge, attributes) => attributes.type === 'HELD_IN')
      .map((edge) => built.getNodeAttribute(built.target(edge), 'path'))
      .sort();
    expect(heldIn).toEqual(['北京市', '广东省深圳市']);
  });

  it('keeps only the meetings held in the place asked for', () => {
    expect(counts(projectCoattendance(built, { place: '深圳市' }))).toEqual({ '李克强–李希': 1, '李克强–肖捷': 1, '李希–肖捷': 1 });
    expect(counts(projectCoattendance(built, { place: '广东省' }))).toEqual({ '李克强–李希': 1, '李克强–肖捷': 1, '李希–肖捷': 1 });
    expect(counts(projectCoattendance(built, { place: '北京市' }))).toEqual({ '俞正声–李克强': 1 });
  });
});
