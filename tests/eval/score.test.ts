import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/eval/facts-file.js';
import { CATEGORIES, compareItems, itemsOf, minuteOf, scoreArticles } from '../../src/eval/score.js';
import type { ArticleFacts } from '../../src/types.js';
import { SEED_000, facts } from './facts.js';

const GOLD = '../shared/gold';

describe.skipIf(!existsSync(GOLD))('gold against itself', () => {
  it.each(['seeds.jsonl', 'dev.jsonl'])('%s scores F1 = 1 in every category', (file) => {
    const gold = readFactsFile(`${GOLD}/${file}`);
    const score = scoreArticles(gold, gold);
    for (const category of CATEGORIES) {
      const { tp, fp, fn, precision, recall, f1 } = score.perCategory[category];
      expect({ category, fp, fn, precision, recall, f1 }).toEqual({ category, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
      expect(tp).toBeGreaterThan(0);
    }
    expect(score.misses).toEqual([]);
  });

  // Counted independently of huiyi (a Python one-liner over the JSON), to check that no item is lost or doubled.
  it('counts the items of seeds.jsonl exactly', () => {
    const gold = readFactsFile(`${GOLD}/seeds.jsonl`);
    const tps = Object.fromEntries(CATEGORIES.map((category) => [category, scoreArticles(gold, gold).perCategory[category].tp]));
    expect(tps).toEqual({
      participation: 22,
      titles: 42,
      meetings: 8,
      people: 22,
      bodies: 23,
      places: 7,
      published: 5,
      staff: 6,
      origin: 5,
      outlet: 5,
    });
  });
});

describe('scoreArticles on a hand-perturbed prediction of seeds/000', () => {
  const predicted = facts(SEED_000.article, {
    published: '2021-11-11T06:57:10Z',
    outlet: null,
    origin: [],
    staff: [{ name: '梁斌', role: 'reporter' }],
    meetings: [
      {
        id: 'm1',
        date: '2021-11-11',
        time_of_day: 'morning',
        bodies: [
          { name: '北京新冠肺炎疫情防控工作领导小组', session: 133 },
          { name: '首都严格进京管理联防联控协调机制', session: null },
        ],
        complete: true,
        participants: [
          { name: '蔡奇', role: 'chair', titles: ['市委书记'] },
          { name: '陈吉宁', role: 'chair', titles: ['市委副书记', '市长'] },
          { name: '王旭', role: 'attendee', titles: [] },
        ],
      },
    ],
    people: ['蔡奇', '陈吉宁', '陈吉宁', '王旭'],
    bodies: [
      { name: '北京冠病疫情防控工作领导小组', aka: [] },
      { name: '市委', aka: [] },
      { name: '中共北京市委', aka: [] },
      { name: '北京市人民政府', aka: ['市政府'] },
    ],
    places: ['北京市', '北京市朝阳区'],
  });
  const score = scoreArticles([SEED_000], [predicted]);

  it.each([
    // 蔡奇 chair right; 陈吉宁 chair instead of attendee; 王旭 spurious; 张延昆 missed.
    ['participation', { tp: 1, fp: 2, fn: 2, precision: 1 / 3, recall: 1 / 3, f1: 2 / 6 }],
    ['titles', { tp: 3, fp: 0, fn: 4, precision: 1, recall: 3 / 7, f1: 6 / 10 }],
    // The 协调机制 item has session null instead of 84: one spurious, one missed.
    ['meetings', { tp: 1, fp: 1, fn: 1, precision: 1 / 2, recall: 1 / 2, f1: 2 / 4 }],
    // 陈吉宁 twice is one item of the set.
    ['people', { tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, f1: 4 / 6 }],
    // Aka 北京冠病…领导小组 and 市委 match; 中共北京市委 names 北京市委 a second time; 北京市人民政府 is not in gold.
    ['bodies', { tp: 2, fp: 2, fn: 1, precision: 2 / 4, recall: 2 / 3, f1: 4 / 7 }],
    ['places', { tp: 1, fp: 1, fn: 0, precision: 1 / 2, recall: 1, f1: 2 / 3 }],
    // 06:57:10Z is 14:57:10 in Beijing: the minute of 14:57:52+08:00.
    ['published', { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }],
    ['staff', { tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 }],
    ['origin', { tp: 0, fp: 0, fn: 2, precision: null, recall: 0, f1: 0 }],
    ['outlet', { tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 }],
  ] as const)('%s', (category, expected) => {
    expect(score.perCategory[category]).toEqual(expected);
  });

  it('lists every missed and spurious item as the facts wrote it', () => {
    expect(score.misses.map(({ category, kind, item }) => `${category} ${kind} ${item}`)).toEqual([
      'participation missed 陈吉宁 · attendee',
      'participation missed 张延昆 · attendee',
      'participation spurious 陈吉宁 · chair',
      'participation spurious 王旭 · attendee',
      'titles missed 蔡奇 · 防控工作领导小组组长',
      'titles missed 陈吉宁 · 防控工作领导小组副组长',
      'titles missed 张延昆 · 市委副书记',
      'titles missed 张延昆 · 防控工作领导小组副组长',
      'meetings missed 2021-11-11 · 首都严格进京管理联防联控协调机制 · 84',
      'meetings spurious 2021-11-11 · 首都严格进京管理联防联控协调机制 · null',
      'people missed 张延昆',
      'people spurious 王旭',
      'bodies missed 首都严格进京管理联防联控协调机制',
      'bodies spurious 中共北京市委',
      'bodies spurious 北京市人民政府 (aka 市政府)',
      'places spurious 北京市朝阳区',
      'staff missed 梁斌 · editor',
      'staff spurious 梁斌 · reporter',
      'origin missed 北京日报',
      'origin missed 识政',
      'outlet missed 新浪财经',
    ]);
    expect(new Set(score.misses.map((miss) => miss.article))).toEqual(new Set([SEED_000.article]));
  });
});

describe('bodies', () => {
  const municipal = { name: '北京市人民政府', aka: ['市政府', '政府'] };
  const district = { name: '朝阳区人民政府', aka: ['区政府', '政府'] };

  it('matches a predicted name equal to the gold name or one of its aka', () => {
    const gold = itemsOf('bodies', facts('a', { bodies: [municipal] }));
    for (const name of ['北京市人民政府', '市政府', '政府']) {
      expect(compareItems(gold, itemsOf('bodies', facts('a', { bodies: [{ name, aka: [] }] }))).tp).toBe(1);
    }
  });

  it("does not match through the predicted body's own aka: FORMAT.md matches the predicted name", () => {
    const gold = itemsOf('bodies', facts('a', { bodies: [municipal] }));
    const predicted = itemsOf('bodies', facts('a', { bodies: [{ name: '北京市人民政府办公厅', aka: ['市政府'] }] }));
    expect(compareItems(gold, predicted)).toMatchObject({ tp: 0 });
  });

  it('counts two predicted names of one gold body as one true positive and one false positive', () => {
    const gold = itemsOf('bodies', facts('a', { bodies: [municipal] }));
    const predicted = itemsOf('bodies', facts('a', { bodies: [{ name: '市政府', aka: [] }, { name: '北京市人民政府', aka: [] }] }));
    const comparison = compareItems(gold, predicted);
    expect({ tp: comparison.tp, fp: comparison.spurious.map((item) => item.label), fn: comparison.missed.length }).toEqual({
      tp: 1,
      fp: ['北京市人民政府'],
      fn: 0,
    });
  });

  it('pairs names to gold bodies by maximum matching when gold bodies share an aka, whatever the order', () => {
    const gold = itemsOf('bodies', facts('a', { bodies: [municipal, district] }));
    for (const names of [['政府', '北京市人民政府'], ['北京市人民政府', '政府']]) {
      const predicted = itemsOf('bodies', facts('a', { bodies: names.map((name) => ({ name, aka: [] })) }));
      expect(compareItems(gold, predicted)).toMatchObject({ tp: 2, missed: [], spurious: [] });
    }
  });
});

describe('names in Traditional script (hkcnews article_19917)', () => {
  const gold: ArticleFacts = facts('hkcnews/articles/19001-20000/article_19917.md', {
    meetings: [
      {
        id: 'legco',
        date: '2019-04-17',
        time_of_day: 'morning',
        bodies: [{ name: '修訂《逃犯條例》法案委員會', session: 1 }],
        complete: true,
        participants: [
          { name: '涂謹申', role: 'chair', titles: [] },
          { name: '葉劉淑儀', role: 'attendee', titles: [] },
        ],
      },
    ],
    people: ['涂謹申', '葉劉淑儀'],
    bodies: [{ name: '香港特別行政區立法會', aka: ['立法會'] }],
    places: ['香港特別行政區'],
    outlet: '眾新聞',
    staff: [{ name: '鄭靖而', role: 'reporter' }],
  });

  it('match their Simplified forms in every category', () => {
    const predicted = facts(gold.article, {
      meetings: [
        {
          id: 'x',
          date: '2019-04-17',
          time_of_day: null,
          bodies: [{ name: '修订《逃犯条例》法案委员会', session: 1 }],
          complete: true,
          participants: [
            { name: '涂谨申', role: 'chair', titles: [] },
            { name: '叶刘淑仪', role: 'attendee', titles: [] },
          ],
        },
      ],
      people: ['涂谨申', '叶 刘淑仪'],
      bodies: [{ name: '立法会', aka: [] }],
      places: ['香港特别行政区'],
      outlet: '众新闻',
      staff: [{ name: '郑靖而', role: 'reporter' }],
    });
    const score = scoreArticles([gold], [predicted]);
    expect(score.misses).toEqual([]);
    expect(score.perCategory.participation.tp).toBe(2);
    expect(score.perCategory.bodies.tp).toBe(1);
  });
});

describe('meetings items', () => {
  it('come one per body, and none from a meeting convened by no body (sina/0014 symposium)', () => {
    const symposium = facts('sina/0014.md', {
      meetings: [
        {
          id: 'premier-econ-symposium',
          date: '2022-04-07',
          time_of_day: null,
          bodies: [],
          complete: true,
          participants: [{ name: '李克强', role: 'chair', titles: ['国务院总理'] }],
        },
      ],
    });
    expect(itemsOf('meetings', symposium)).toEqual([]);
    const score = scoreArticles([symposium], [symposium]);
    expect(score.perCategory.meetings).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(score.perCategory.participation.f1).toBe(1);
  });

  it('keep the date and session apart from the body', () => {
    expect(itemsOf('meetings', SEED_000).map((item) => item.label)).toEqual([
      '2021-11-11 · 北京新冠肺炎疫情防控工作领导小组 · 133',
      '2021-11-11 · 首都严格进京管理联防联控协调机制 · 84',
    ]);
  });
});

describe('published', () => {
  it('compares instants to the minute, not strings', () => {
    expect(minuteOf('2021-11-11T14:57:52+08:00')).toBe(minuteOf('2021-11-11T06:57:00Z'));
    expect(minuteOf('2021-11-11T14:57:52+08:00')).toBe(minuteOf('2021-11-11T14:57:00.999+0800'));
    expect(minuteOf('2021-11-11T14:57:52+08:00')).not.toBe(minuteOf('2021-11-11T14:58:00+08:00'));
    expect(minuteOf('2021-11-11T14:57:52+08:00')).toBe(Date.UTC(2021, 10, 11, 6, 57) / 60_000);
  });

  it('reads a time without offset as Beijing time', () => {
    expect(minuteOf('2021-11-11 14:57')).toBe(minuteOf('2021-11-11T14:57:00+08:00'));
  });

  it('finds no instant in a date that does not exist or another format', () => {
    expect(minuteOf('2021-02-30T10:00:00+08:00')).toBeNull();
    expect(minuteOf('Thu, 11 Nov 2021 06:57:52 GMT')).toBeNull();
    expect(minuteOf('2021-11-11')).toBeNull();
  });

  it('scores a prediction one minute off as one spurious and one missed item', () => {
    const score = scoreArticles(
      [facts('a', { published: '2021-11-11T14:57:52+08:00' })],
      [facts('a', { published: '2021-11-11T14:58:01+08:00' })],
    );
    expect(score.perCategory.published).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.misses.map((miss) => `${miss.kind} ${miss.item}`)).toEqual([
      'missed 2021-11-11T14:57+08:00',
      'spurious 2021-11-11T14:58+08:00',
    ]);
  });

  it('keeps a predicted string that is no instant as a spurious item', () => {
    const score = scoreArticles([facts('a', { published: '2021-11-11T14:57:52+08:00' })], [facts('a', { published: '昨天' })]);
    expect(score.perCategory.published).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.misses.at(-1)?.item).toBe('昨天 (not an instant)');
  });
});

describe('articles', () => {
  it('count a gold article missing from the prediction as empty and ignore predicted articles not in gold', () => {
    const other = facts('seeds/004.txt', { people: ['蔡奇', '殷勇'], outlet: '联合早报' });
    const score = scoreArticles([SEED_000, other], [SEED_000, facts('sina/0147.md', { people: ['易纲'] })]);
    expect(score.unpredicted).toEqual(['seeds/004.txt']);
    expect(score.ignored).toEqual(['sina/0147.md']);
    expect(score.perCategory.people).toMatchObject({ tp: 3, fp: 0, fn: 2 });
    expect(score.perCategory.outlet).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(score.misses.filter((miss) => miss.article === 'seeds/004.txt').map((miss) => miss.item)).toEqual([
      '蔡奇',
      '殷勇',
      '联合早报',
    ]);
  });

  it('gives n/a, never 1, to a category neither side has items in', () => {
    const score = scoreArticles([facts('a')], [facts('a')]);
    expect(score.perCategory.origin).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });

  it('refuses two records of one article', () => {
    expect(() => scoreArticles([facts('a'), facts('a')], [])).toThrow('gold: article a appears twice');
  });
});
