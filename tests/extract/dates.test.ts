import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/extract/dates.js';

describe('readDate', () => {
  it('reads month, day and time of day with the publication year (seed 000: 11月11日上午)', () => {
    expect(readDate('11月11日上午，北京新冠肺炎疫情防控工作领导小组第一百三十三次会议', '2021-11-11T14:57:52+08:00')).toEqual({
      date: '2021-11-11', time_of_day: 'morning', start: 0, end: 8,
    });
  });
  it('resolves 昨天 against publication (seed 004)', () => {
    expect(readDate('中共北京市委书记蔡奇昨天主持召开北京市防疫工作会议', '2021-08-10T12:47:59+08:00')?.date).toBe('2021-08-09');
  });
  it('takes a bare day from the publication month, or the month before (xwlb 2012: 当地时间8日)', () => {
    expect(readDate('中国和哈萨克斯坦合作委员会第六次会议当地时间8日在阿斯塔纳举行', '2012-12-09T19:14:33+08:00')?.date).toBe('2012-12-08');
  });
  it('reads 兩日 as a count of days, not the second (hkcnews 12528: 周三（30日）起連續兩日)', () => {
    expect(readDate('其中美国国务卿蓬佩奥当地周三（30日）起连续两日与金英哲举行高级别会谈', '2018-06-01T00:00:00+08:00')?.date).toBe('2018-05-30');
  });
  it('reads a day after a word of duration as a count of days (hkcnews 25543: 一連三日…周四下午; 5543: 未來三日)', () => {
    expect(readDate('国家主席习近平一连三日到访澳门，主持庆祝回归20周年仪式，周四下午会见香港行政长官林郑月娥', '2019-12-19T00:00:00+08:00')).toMatchObject({
      date: '2019-12-19',
      time_of_day: 'afternoon',
    });
    expect(readDate('未来三日分别有29、29及32名议员回覆不能出席加开会议', '2017-07-19T00:00:00+08:00')).toBeNull();
  });
  it('reads 元月 as January, and numbers spaced from 年, 月 and 日 (terminus2049 2020-02-27, 2019-08-06)', () => {
    expect(readDate('后来特别是元月20日，国务院召开常务会议', '2020-02-27T00:00:00+08:00')?.date).toBe('2020-01-20');
    expect(readDate('5 月 24 日，立法会内务委员会召开会议讨论该建议', '2019-08-06T00:00:00+08:00')?.date).toBe('2019-05-24');
    expect(readDate('在 2012 年 5 月 10 日', '2018-02-24T00:00:00+08:00')?.date).toBe('2012-05-10');
  });
  it('keeps the last day of a range (xwlb 2018-07-04: 7月1日至3日, 6月30日至7月2日)', () => {
    expect(readDate('7月1日至3日，韩正在海南省调研', '2018-07-04T19:00:00+08:00')).toMatchObject({ date: '2018-07-01', through: '2018-07-03' });
    expect(readDate('6月30日至7月2日', '2018-07-04T19:00:00+08:00')).toMatchObject({ date: '2018-06-30', through: '2018-07-02' });
    expect(readDate('2日下午，韩正在海口', '2018-07-04T19:00:00+08:00')?.through).toBeUndefined();
  });
  it('reads 本月, 上月 and 下月 before a day as months from publication (hkcnews 27212, 13115, 8467)', () => {
    expect(readDate('习近平剛於本月22日主持', '2020-02-24T00:00:00+08:00')?.date).toBe('2020-02-22');
    expect(readDate('习近平上月22日主持', '2020-03-02T00:00:00+08:00')?.date).toBe('2020-02-22');
    expect(readDate('立法會最快在下月6日處理建制泛民雙方動議的修改《議事規則》動議', '2017-11-24T00:00:00+08:00')?.date).toBe('2017-12-06');
    expect(readDate('上个月30日', '2021-01-05T00:00:00+08:00')?.date).toBe('2020-12-30');
  });
  it('reads a range of days as its first day (xwlb 2016-04-15, 2023-12-27, hkcnews 29265)', () => {
    expect(readDate('会议决定，十二届全国人大常委会第二十次会议4月25日至28日在北京举行', '2016-04-15T19:07:13+08:00')).toMatchObject({
      date: '2016-04-25', start: 21, end: 30,
    });
    expect(readDate('全国纪念毛泽东同志诞辰130周年学术研讨会26日—28日在京举行', '2023-12-27T19:30:00+08:00')?.date).toBe('2023-12-26');
    expect(readDate('1月11-17日， 湖北省、武漢市兩級的人大、政協會議如常召開', '2020-04-17T00:00:00+08:00')?.date).toBe('2020-01-11');
  });
  it('reads a weekday as the latest one on or before publication, after 将于 as the next, after 上/本 in that week (hkcnews 654, 29906, 20213, 30302)', () => {
    // 2017-01-09, 2020-05-11 and 2019-04-30 are a Monday, a Monday and a Tuesday.
    expect(readDate('林鄭周五出席立法會會議時強調', '2017-01-09T00:00:00+08:00')?.date).toBe('2017-01-06');
    expect(readDate('上周五下午李慧琼在混乱中主持会议', '2020-05-11T00:00:00+08:00')).toMatchObject({ date: '2020-05-08', time_of_day: 'afternoon' });
    expect(readDate('内务委员会将于周六下午召开', '2019-04-30T00:00:00+08:00')?.date).toBe('2019-05-04');
    expect(readDate('包括特首林郑月娥本周二主持行政会议', '2020-05-29T00:00:00+08:00')?.date).toBe('2020-05-26');
    expect(readDate('董事局明日下午召开定期会议', '2017-01-09T00:00:00+08:00')?.date).toBe('2017-01-10');
  });
  it('crosses a year boundary backwards', () => {
    expect(readDate('12月30日上午主持召开', '2015-01-02T08:00:00+08:00')?.date).toBe('2014-12-30');
  });
  it('reads 6号上午 (xwlb 2015) and afternoon', () => {
    expect(readDate('第十三次会议6号上午在京开幕', '2015-11-06T19:39:12+08:00')).toMatchObject({ date: '2015-11-06', time_of_day: 'morning' });
    expect(readDate('习近平2月28日下午主持召开', '2022-02-28T19:55:07+08:00')).toMatchObject({ date: '2022-02-28', time_of_day: 'afternoon' });
  });
  it('gives null for 近日 (sina 0028) and for text without a date', () => {
    expect(readDate('近日，人民银行召开党史学习教育动员会暨专题报告会', '2021-03-22T11:24:03+08:00')?.date).toBeNull();
    expect(readDate('李克强主持召开国务院常务会议', '2021-11-17T19:48:07+08:00')).toBeNull();
  });
  it('does not read a duration as a date', () => {
    expect(readDate('及14日内有该区域旅居史的人员', '2021-08-10T12:47:59+08:00')).toBeNull();
  });
});
