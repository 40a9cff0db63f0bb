import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { parsedArticle } from '../support/parsed-article.js';

const placesOfMeetings = (title: string, body: string[], published: string) =>
  extractFacts(parsedArticle(title, body, { published })).meetings.map((meeting) => meeting.place ?? null);

describe('meetingPlace: where the text says a meeting was held', () => {
  it('reads 在X主持召开 with a city short name, resolved to its full path (sina 0030)', () => {
    expect(
      placesOfMeetings('李克强主持召开经济大省政府主要负责人座谈会', [
        '（新闻联播）：16日，中共中央政治局常委、国务院总理李克强在深圳主持召开经济大省政府主要负责人座谈会。',
      ], '2022-08-17T19:30:00+08:00'),
    ).toEqual(['广东省深圳市']);
  });

  it('reads 在京, an abbreviation after a verb (xwlb 2015-11-06)', () => {
    expect(
      placesOfMeetings('[视频]全国政协十二届常委会第十三次会议开幕 李克强作报告 俞正声主持', [
        '央视网消息（新闻联播）：政协十二届全国委员会常务委员会第十三次会议6号上午在京开幕。',
        '中共中央政治局常委、全国政协主席俞正声主持开幕会。',
      ], '2015-11-06T19:30:00+08:00'),
    ).toEqual(['北京市']);
  });

  it('reads a venue through data/meetings.yaml (xwlb 2013-03-12: 在人民大会堂举行 → 北京市)', () => {
    expect(
      placesOfMeetings('[视频]十二届全国人大一次会议主席团举行第三次会议', [
        '央视网消息(新闻联播)：十二届全国人大一次会议主席团12日下午在人民大会堂举行第三次会议。',
        '主席团常务主席张德江主持会议。',
      ], '2013-03-12T19:26:12+08:00'),
    ).toEqual(['北京市']);
  });

  it('takes the place that opens the phrase, not the other side of a talk (xwlb 2023-07-10)', () => {
    expect(
      placesOfMeetings('[视频]赵乐际同俄罗斯联邦委员会主席马特维延科会谈', [
        '央视网消息（新闻联播）：全国人大常委会委员长赵乐际10日在北京与俄罗斯联邦委员会主席马特维延科举行会谈。',
      ], '2023-07-10T19:30:00+08:00'),
    ).toEqual(['北京市']);
  });

  it('does not guess a place the text does not state (seed 000: a Beijing meeting with no 在X召开)', () => {
    expect(
      placesOfMeetings('北京新增聚集性疫情，蔡奇主持召开会议调度处置工作，要求连续作战，快查严控！', [
        '11月11日上午，北京新冠肺炎疫情防控工作领导小组第一百三十三次会议暨首都严格进京管理联防联控协调机制第八十四次会议召开，研究调度疫情处置工作。',
        '市委书记、防控工作领导小组组长蔡奇主持会议，市委副书记、市长、防控工作领导小组副组长陈吉宁，市委副书记、防控工作领导小组副组长张延昆出席会议。',
      ], '2021-11-11T14:57:52+08:00'),
    ).toEqual([null]);
  });
});
