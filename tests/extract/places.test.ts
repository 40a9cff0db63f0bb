import { describe, expect, it } from 'vitest';
import { bodyPlace, extractPlaces, findPlaceMentions, placeInfo } from '../../src/extract/places.js';
import { inferContext } from '../../src/lexicon/context.js';
import { articleOf } from '../lexicon/article.js';

// seeds/001: a Beijing meeting naming districts by their short forms.
const SEED_001_DISTRICTS = '各方资源都要向朝阳、房山等涉疫重点区倾斜，集中力量加强处置。';

describe('extractPlaces', () => {
  it('reads 新疆 as 新疆维吾尔自治区 (xwlb 2024-01-23: 维护新疆发展稳定)', () => {
    const parsed = articleOf('标题', ['要维护新疆发展稳定。']);
    expect(extractPlaces(parsed, inferContext(parsed))).toEqual(['新疆维吾尔自治区']);
  });

  it('resolves district short forms in a Beijing article (seeds/001)', () => {
    const parsed = articleOf('蔡奇主持召开会议，调度疫情处置工作', [
      '5月5日上午，又召开北京新冠肺炎疫情防控工作领导小组第一百八十九次会议。',
      SEED_001_DISTRICTS,
    ]);
    const ctx = inferContext(parsed);
    expect(ctx.jurisdiction).toBe('北京市');
    expect(extractPlaces(parsed, ctx)).toEqual(['北京市', '北京市朝阳区', '北京市房山区']);
  });

  it('does not read 朝阳 as a district without a Beijing context', () => {
    const parsed = articleOf('标题', ['我们要像朝阳一样充满活力。']);
    expect(extractPlaces(parsed, inferContext(parsed))).toEqual([]);
  });

  it('puts 朝阳区 in 吉林省长春市 when the article is about 吉林, in 北京市 with no context', () => {
    const jilin = articleOf('吉林省召开会议', ['长春市朝阳区举行座谈会。', '朝阳区的工作得到肯定。']);
    expect(extractPlaces(jilin, inferContext(jilin))).toEqual(['吉林省', '吉林省长春市朝阳区']);
    const bare = articleOf('标题', ['朝阳区举行座谈会。']);
    expect(extractPlaces(bare, inferContext(bare))).toEqual(['北京市朝阳区']);
  });

  it('reads 京 only inside words such as 进京 (seeds/000)', () => {
    const parsed = articleOf('标题', ['首都严格进京管理联防联控协调机制连续调度疫情处置工作。']);
    expect(extractPlaces(parsed, inferContext(parsed))).toEqual(['北京市']);
  });

  it('names foreign countries by their short name (xwlb 2012-12-09)', () => {
    const parsed = articleOf('标题', ['中国和哈萨克斯坦合作委员会第六次会议当地时间8日在阿斯塔纳举行。']);
    expect(extractPlaces(parsed, inferContext(parsed))).toEqual(['哈萨克斯坦']);
    // xwlb 2014-11-08, 2022-11-01: 蒙古 for Mongolia, and no Shanghai in the SCO's 上海精神
    const mongolia = articleOf('标题', ['蒙古总统额勒贝格道尔吉出席。各方弘扬“上海精神”。', '蒙古国总统访华。']);
    expect(extractPlaces(mongolia, inferContext(mongolia))).toEqual(['蒙古']);
    // hkcnews 28683: 同德 is a county only where the context points to it; here it runs into 德国
    const call = articleOf('标题', ['中国医生正同德国专家远程会诊。']);
    expect(extractPlaces(call, inferContext(call))).toEqual(['德国']);
  });

  it('reads Traditional script and keeps its offsets (hkcnews 27212)', () => {
    const sentence = '毋庸置疑，無論是香港，抑或是中國大陸，武漢肺炎疫情已經產生了巨大的政治衝擊。';
    const parsed = articleOf('標題', [sentence]);
    const mentions = findPlaceMentions(parsed, inferContext(parsed));
    expect(mentions.map((mention) => [mention.path, mention.surface])).toEqual([
      ['香港特别行政区', '香港'],
      ['湖北省武汉市', '武漢'],
    ]);
    expect(mentions[1]!.evidence).toEqual({ sentence, start: 3, end: 3 + sentence.length });
  });

  it('skips words that contain a place name but name none (sina/0002: 隆重庆祝)', () => {
    const parsed = articleOf('标题', ['全党全国各族人民，隆重庆祝中国共产党成立一百周年。']);
    expect(extractPlaces(parsed, inferContext(parsed))).toEqual([]);
  });
});

describe('placeInfo and bodyPlace', () => {
  it('gives level, code and parent from the gazetteer', () => {
    expect(placeInfo('北京市朝阳区')).toEqual({
      name: '朝阳区',
      path: '北京市朝阳区',
      level: 'county',
      code: '110105',
      parent: '北京市',
    });
    expect(placeInfo('四川省雅安市芦山县')?.parent).toBe('四川省雅安市');
    expect(placeInfo('香港特别行政区')?.level).toBe('province');
    expect(placeInfo('以色列')).toEqual({ name: '以色列', path: '以色列', level: 'country', code: null, parent: null });
    expect(placeInfo('中国')).toBeNull();
  });

  it('finds where a body is based from its name', () => {
    expect(bodyPlace('北京市委')).toBe('北京市');
    expect(bodyPlace('中共北京市朝阳区委')).toBe('北京市朝阳区');
    expect(bodyPlace('国务院')).toBeNull();
  });
});
