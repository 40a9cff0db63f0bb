import { describe, expect, it } from 'vitest';
import { epochCommentDate, parsePublished } from '../../src/parse/dates.js';

describe('parsePublished', () => {
  it.each([
    ['RFC 2822 in GMT (Hexo archive of 新浪财经)', 'Thu, 11 Nov 2021 06:57:52 GMT', '2021-11-11T14:57:52+08:00'],
    ['RFC 2822 crossing midnight in Beijing', 'Thu, 05 May 2022 23:49:17 GMT', '2022-05-06T07:49:17+08:00'],
    ['ISO 8601 in UTC with milliseconds (Jekyll)', '2021-08-10T04:47:59.333Z', '2021-08-10T12:47:59+08:00'],
    ['ISO 8601 with an offset', '2021-08-10T06:47:59+02:00', '2021-08-10T12:47:59+08:00'],
    ['naive date and time: Beijing local time, not UTC', '2023-03-11 19:12:38', '2023-03-11T19:12:38+08:00'],
    ['naive date alone (Hugo)', '2019-04-17', '2019-04-17T00:00:00+08:00'],
    ['date and minutes with a compact offset (Jekyll)', '2018-01-15 18:49 +0800', '2018-01-15T18:49:00+08:00'],
    ['date with an offset but no time', '2018-02-24  +0800', '2018-02-24T00:00:00+08:00'],
    ['single-digit day', '2018-02-3', '2018-02-03T00:00:00+08:00'],
  ])('%s', (_label, input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['not a date', '昨天'],
    ['no such day', '2021-02-30'],
    ['no such month', 'Thu, 11 Foo 2021 06:57:52 GMT'],
    ['missing', undefined],
  ])('reports %s as null rather than guessing', (_label, input) => {
    expect(parsePublished(input)).toBeNull();
  });
});

describe('epochCommentDate', () => {
  it('reads the epoch-milliseconds comment of 联合早报 pages', () => {
    expect(epochCommentDate('---\ntitle: x\n---\n<!--1628592840000-->\n[x](y)')).toBe('2021-08-10T18:54:00+08:00');
  });

  it('is null when there is no such comment', () => {
    expect(epochCommentDate('<!-- 正文下iframe -->')).toBeNull();
  });
});
