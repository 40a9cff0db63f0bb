import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { parsedArticle } from '../support/parsed-article.js';

const meetingBodies = (title: string, body: string[], published: string) =>
  extractFacts(parsedArticle(title, body, { published })).meetings.map((meeting) => meeting.bodies);

describe('the bodies a meeting belongs to', () => {
  it('reads a generic name (领导小组会议) as the body the sentence named in full before it (xwlb 2020-01-26)', () => {
    expect(
      meetingBodies('[视频]李克强主持召开中央应对新型冠状病毒感染肺炎疫情工作领导小组会议', [
        '央视网消息（新闻联播）：中共中央政治局常委、国务院总理、中央应对新型冠状病毒感染肺炎疫情工作领导小组组长李克强26日主持召开领导小组会议，贯彻习近平总书记重要讲话和中央政治局常委会会议精神，进一步部署疫情防控工作。',
      ], '2020-01-26T19:13:02+08:00'),
    ).toEqual([[{ name: '中央应对新型冠状病毒感染肺炎疫情工作领导小组', session: null }]]);
  });

  it('reads an ordinal before the body’s name as its session, the body meeting and not the one convening it (hkcnews 20213)', () => {
    expect(
      meetingBodies('【引渡修例】建制派再提改議規', [
        '立法會今日召開第二次修訂《逃犯條例》法案委員會會議，主要處理規程問題，仍未進入選舉正副主席程序。',
      ], '2019-04-30T00:00:00+08:00'),
    ).toEqual([[{ name: '修订《逃犯条例》法案委员会', session: 2 }]]);
  });

  it('reads a short quoted word inside the name of a group, not a forum whose outcome is cited (xwlb 2019-07-25, 2017-06-10)', () => {
    expect(
      meetingBodies('[视频]韩正出席国务院推进政府职能转变和“放管服”改革协调小组全体会议', [
        '央视网消息（新闻联播）：中共中央政治局常委、国务院副总理、国务院推进政府职能转变和“放管服”改革协调小组组长韩正25日主持召开国务院推进政府职能转变和“放管服”改革协调小组全体会议，研究和部署下一步工作。',
      ], '2019-07-25T19:00:00+08:00'),
    ).toEqual([[{ name: '国务院推进政府职能转变和“放管服”改革协调小组', session: null }]]);
    expect(
      meetingBodies('[视频]上海合作组织成员国元首理事会第十七次会议举行', [
        '上海合作组织成员国元首理事会第十七次会议9日在阿斯塔纳举行。',
        '领导人欢迎“一带一路”倡议，高度评价今年5月在北京举行的“一带一路”国际合作高峰论坛成果，支持落实有关共识。',
      ], '2017-06-10T19:00:00+08:00'),
    ).toEqual([[{ name: '上海合作组织成员国元首理事会', session: 17 }]]);
  });

  it('gives a 常委会会议 to the standing committee, the longest known body before the meeting word (xwlb 2020-01-26)', () => {
    expect(
      meetingBodies('[视频]中共中央政治局常务委员会召开会议', [
        '1月25日，习近平总书记主持中央政治局常委会会议并作重要讲话，对疫情防控工作进行再研究、再部署、再动员。',
      ], '2020-01-26T19:13:02+08:00'),
    ).toEqual([[{ name: '中共中央政治局常务委员会', session: null }]]);
  });

  it('leaves the 的 of a relative clause out of the gathering it names (xwlb 2012-07-18)', () => {
    const facts = extractFacts(
      parsedArticle('[视频]胡锦涛举行仪式欢迎尼日尔总统访华', [
        '伊素福总统是应胡锦涛主席的邀请，来华访问并出席在北京举行的中非合作论坛第五届部长级会议开幕式的。',
      ], { published: '2012-07-18T19:06:44+08:00' }),
    );
    expect(facts.meetings.map((meeting) => [meeting.title, meeting.bodies])).toEqual([
      ['中非合作论坛', [{ name: '中非合作论坛', session: null }]],
    ]);
  });

  it('leaves the 的 after 举行 out of the body of a session marker (xwlb 2023-03-04)', () => {
    expect(
      meetingBodies('[视频]十四届全国人大一次会议主席团举行第一次会议', [
        '央视网消息（新闻联播）：全国人大代表、中共中央政治局常委赵乐际在4日举行的十四届全国人大一次会议主席团第一次会议上，被推选为主席团常务主席。',
      ], '2023-03-04T19:21:01+08:00')[0]?.[0],
    ).toEqual({ name: '十四届全国人大一次会议主席团', session: 1 });
  });

  it('names a gathering in 《》 without the bracket, and dates a range by its first day (hkcnews 9057)', () => {
    const facts = extractFacts(
      parsedArticle('中國與其他發展中國家舉行南南人權論壇', [
        '就在2017年12月7至8日，中國與其他發展中國家舉行了《 南南人權論壇 》，說著人權沒有放之四海的共同解釋，並稱人權發展應考慮不同國家的發展程度及主權問題。',
      ], { published: '2017-12-25T00:00:00+08:00' }),
    );
    expect(facts.meetings.map((meeting) => [meeting.date, meeting.bodies])).toEqual([
      ['2017-12-07', [{ name: '南南人权论坛', session: null }]],
    ]);
  });

  it('gives a congress session’s closing to the session itself, not to the congress with an ordinal (sina 0021)', () => {
    expect(
      meetingBodies('十三届全国人大五次会议在京闭幕', [
        '第十三届全国人民代表大会第五次会议在圆满完成各项议程后，11日上午在北京人民大会堂闭幕。',
      ], '2022-03-11T12:47:00+08:00'),
    ).toEqual([[{ name: '第十三届全国人民代表大会第五次会议', session: null }]]);
  });

  it('takes no count of meetings for a body (the headline’s stands), nor the clause before a gathering (xwlb 2019-10-15, 2017-01-18)', () => {
    expect(
      meetingBodies('[视频]韩正会见新加坡副总理并共同主持中新双边合作机制会议', [
        '随后，韩正和王瑞杰共同主持四个双边合作机制会议。',
      ], '2019-10-15T19:10:00+08:00'),
    ).toEqual([[{ name: '中新双边合作机制', session: null }]]);
    expect(
      meetingBodies('[视频]习近平出席世界经济论坛2017年年会开幕式并发表主旨演讲', [
        '央视网消息（新闻联播）：国家主席习近平17日上午在瑞士达沃斯国际会议中心出席世界经济论坛2017年年会开幕式。',
      ], '2017-01-18T19:14:29+08:00'),
    ).toEqual([[{ name: '世界经济论坛', session: null }]]);
  });

  it('leaves a weekday before the subject out of its name (hkcnews 20346: 周六內務委員會召開特別會議)', () => {
    expect(
      meetingBodies('內會撤換涂謹申', [
        '就條例成立的法案委員會今日下午開會前夕，周六內務委員會召開特別會議通過發出指引。',
      ], '2019-05-06T00:00:00+08:00'),
    ).toEqual([[{ name: '内务委员会', session: null }]]);
  });

  it('gives a meeting each of the bodies joined by 、 that hold it (xwlb 2019-01-08)', () => {
    expect(
      meetingBodies('[视频]中共中央国务院隆重举行国家科学技术奖励大会', [
        '央视网消息（新闻联播）：中共中央、国务院8日上午在北京人民大会堂隆重举行国家科学技术奖励大会。',
      ], '2019-01-08T19:30:00+08:00'),
    ).toEqual([[{ name: '中共中央', session: null }, { name: '国务院', session: null }]]);
  });

  it('narrows the headline body to the chair’s own office, a 司 headed by a 司长 (sina 0017)', () => {
    expect(
      meetingBodies('发改委召开碳达峰、碳中和专家座谈会：建议加快出台政策文件', [
        '为贯彻落实党中央、国务院决策部署，切实做好碳达峰、碳中和顶层设计，3月18日下午，国家发展改革委环资司副司长赵鹏高主持召开专家座谈会，听取有关专家对相关工作的意见和建议。',
      ], '2021-03-22T10:39:56+08:00'),
    ).toEqual([[{ name: '国家发展和改革委员会资源节约和环境保护司', session: null }]]);
  });

  it('ends a session name at the verb before it (出席, 列席了) and takes 检查组 for a body (xwlb 2025-05-06, 2012-11-04)', () => {
    const inspection = extractFacts(
      parsedArticle('[视频]赵乐际出席全国人大常委会森林法执法检查组第一次全体会议', [
        '央视网消息（新闻联播）：中共中央政治局常委、全国人大常委会委员长赵乐际6日在京出席全国人大常委会森林法执法检查组第一次全体会议并讲话。',
      ], { published: '2025-05-06T19:15:27+08:00' }),
    );
    expect(inspection.meetings.map((meeting) => [meeting.title, meeting.bodies])).toEqual([
      ['全国人大常委会森林法执法检查组第一次全体会议', [{ name: '全国人大常委会森林法执法检查组', session: 1 }]],
    ]);
    expect(
      meetingBodies('[视频]中国共产党第十七届中央纪律检查委员会第八次全体会议在京举行', [
        '央视网消息(新闻联播)：中国共产党第十七届中央纪律检查委员会第八次全体会议，于2012年11月3日至4日在北京举行。',
        '中央纪律检查委员会委员125人出席会议，并列席了中国共产党第十七届中央委员会第七次全体会议。',
      ], '2012-11-04T19:19:27+08:00'),
    ).toEqual([[
      { name: '中国共产党第十七届中央纪律检查委员会', session: 8 },
      { name: '中国共产党第十七届中央委员会', session: 7 },
    ]]);
  });

  it('reads sessions joined by 、 and 和 as one joint meeting, and no body in 下次会议 (xwlb 2013-10-22, 2016-06-25)', () => {
    expect(
      meetingBodies('[视频]张高丽访问新加坡', [
        '央视网消息(新闻联播)：10月21号和22号，应邀访问新加坡的国务院副总理张高丽分别会见了新加坡总统陈庆炎、总理李显龙，并与新加坡副总理张志贤共同主持中新双边合作联委会第十次会议、苏州工业园区联合协调理事会第十五次会议和天津生态城联合协调理事会第六次会议。',
      ], '2013-10-22T19:22:08+08:00'),
    ).toEqual([[
      { name: '中新双边合作联委会', session: 10 },
      { name: '苏州工业园区联合协调理事会', session: 15 },
      { name: '天津生态城联合协调理事会', session: 6 },
    ]]);
    expect(
      meetingBodies('[视频]习近平出席上海合作组织成员国元首理事会第十六次会议并发表重要讲话', [
        '会议决定，上海合作组织成员国元首理事会下次会议在阿斯塔纳举行。',
      ], '2016-06-25T19:12:14+08:00'),
    ).toEqual([[{ name: '上海合作组织成员国元首理事会', session: 16 }]]);
  });
});
