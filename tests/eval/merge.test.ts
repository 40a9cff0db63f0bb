import { describe, expect, it } from 'vitest';
import { alignMeetings, scoreMeetingMerge } from '../../src/eval/merge.js';
import type { MeetingNodeOf } from '../../src/eval/merge.js';
import type { ArticleFacts, Meeting, Participant } from '../../src/types.js';
import { facts } from './facts.js';

function meeting(id: string, date: string | null, bodies: Array<[string, number | null]>, people: string[]): Meeting {
  const participants: Participant[] = people.map((name, index) => ({
    name,
    role: index === 0 ? 'chair' : 'attendee',
    titles: [],
  }));
  return {
    id,
    date,
    time_of_day: null,
    bodies: bodies.map(([name, session]) => ({ name, session })),
    complete: true,
    participants,
  };
}

const LEADING_GROUP = '北京新冠肺炎疫情防控工作领导小组';
const BILLS_COMMITTEE = '修訂《逃犯條例》法案委員會';

const bj133 = meeting('bj-lg-133', '2021-11-11', [[LEADING_GROUP, 133]], ['蔡奇', '陈吉宁']);
const bj189 = meeting('bj-lg-189', '2022-05-05', [[LEADING_GROUP, 189]], ['蔡奇', '陈吉宁']);
// hkcnews article_20518: the two camps met separately the same day as the same committee, with no session.
const prodemocracy = meeting('pd', '2019-05-14', [[BILLS_COMMITTEE, null]], ['涂謹申', '毛孟靜']);
const proestablishment = meeting('pe', '2019-05-14', [[BILLS_COMMITTEE, null]], ['石禮謙', '李慧琼']);

const GOLD: ArticleFacts[] = [
  facts('seeds/000.txt', { meetings: [bj133] }),
  facts('sina/0001.md', { meetings: [bj133] }),
  facts('seeds/001.txt', { meetings: [bj189] }),
  facts('hkcnews/20518.md', { meetings: [prodemocracy, proestablishment] }),
  facts('hkcnews/20530.md', { meetings: [proestablishment] }),
];

/** Predictions with their own meeting ids, so alignment cannot lean on the gold labels. */
function renamed(articles: ArticleFacts[]): ArticleFacts[] {
  return articles.map((article) => ({
    ...article,
    meetings: article.meetings.map((m, index) => ({ ...m, id: `${article.article}#${index}` })),
  }));
}

/** A graph given as predicted meeting id → node. */
function nodes(assignment: Record<string, string>): MeetingNodeOf {
  return (article, predictedMeeting) => assignment[predictedMeeting.id];
}

const PREDICTED = renamed(GOLD);

describe('scoreMeetingMerge', () => {
  it('scores a graph that merges exactly the gold ids as perfect', () => {
    const graph = nodes({
      'seeds/000.txt#0': 'meeting:133',
      'sina/0001.md#0': 'meeting:133',
      'seeds/001.txt#0': 'meeting:189',
      'hkcnews/20518.md#0': 'meeting:pd',
      'hkcnews/20518.md#1': 'meeting:pe',
      'hkcnews/20530.md#0': 'meeting:pe',
    });
    // Gold-same pairs across articles: (000, 0001) and (20518 pe, 20530).
    expect(scoreMeetingMerge(GOLD, PREDICTED, graph)).toEqual({
      tp: 2,
      fp: 0,
      fn: 0,
      precision: 1,
      recall: 1,
      f1: 1,
      mentions: 6,
      aligned: 6,
    });
  });

  it('counts pairs merged across different gold ids as false positives', () => {
    const graph = nodes({
      'seeds/000.txt#0': 'meeting:lg',
      'sina/0001.md#0': 'meeting:lg',
      'seeds/001.txt#0': 'meeting:lg',
      'hkcnews/20518.md#0': 'meeting:committee',
      'hkcnews/20518.md#1': 'meeting:committee',
      'hkcnews/20530.md#0': 'meeting:committee',
    });
    // Predicted-same across articles: (000,0001) (000,001) (0001,001) (20518 pd,20530) (20518 pe,20530);
    // two meetings of one article are no pair.
    expect(scoreMeetingMerge(GOLD, PREDICTED, graph)).toMatchObject({ tp: 2, fp: 3, fn: 0, precision: 2 / 5, recall: 1 });
  });

  it('counts a gold meeting the prediction lacks as merged with nothing', () => {
    const predicted = PREDICTED.map((article) => (article.article === 'sina/0001.md' ? { ...article, meetings: [] } : article));
    const graph = nodes({
      'seeds/000.txt#0': 'meeting:133',
      'seeds/001.txt#0': 'meeting:189',
      'hkcnews/20518.md#0': 'meeting:pd',
      'hkcnews/20518.md#1': 'meeting:pe',
      'hkcnews/20530.md#0': 'meeting:pe',
    });
    expect(scoreMeetingMerge(GOLD, predicted, graph)).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 1 / 2, aligned: 5 });
  });

  it('treats a predicted meeting that is in no node as merged with nothing', () => {
    const graph = nodes({ 'seeds/000.txt#0': 'meeting:133' });
    expect(scoreMeetingMerge(GOLD, PREDICTED, graph)).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0, aligned: 6 });
  });
});

describe('alignMeetings', () => {
  it('tells apart two meetings of the same body and day by their participants, in any order', () => {
    const predicted = [
      meeting('x', '2019-05-14', [['修订《逃犯条例》法案委员会', null]], ['李慧琼']),
      meeting('y', '2019-05-14', [['修订《逃犯条例》法案委员会', null]], ['毛孟静', '涂谨申']),
    ];
    expect(alignMeetings([prodemocracy, proestablishment], predicted)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('prefers a shared body and session over a shared chair (sina/0014-style symposium beside a 国务院常务会议)', () => {
    const symposium = meeting('symposium', '2022-04-07', [], ['李克强', '刘昆']);
    const executive = meeting('executive', '2022-04-07', [['国务院', null]], ['李克强']);
    const predictedExecutive = meeting('p1', '2022-04-07', [['国务院', null]], ['李克强']);
    const predictedSymposium = meeting('p2', '2022-04-07', [], ['李克强']);
    expect(alignMeetings([symposium, executive], [predictedExecutive, predictedSymposium])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves a meeting sharing neither an item nor a participant unaligned', () => {
    expect(alignMeetings([bj133], [meeting('z', '2021-11-11', [['国务院', null]], ['李克强'])])).toEqual([]);
  });
});
