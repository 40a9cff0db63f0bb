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

  it('narrows the headline body to the chair’s own office, a 司 headed by a 司长 (sina 0017)', () => {
    expect(
      meetingBodies('发改委召开碳达峰、碳中和专家座谈会：建议加快出台政策文件', [
        '为贯彻落实党中央、国务院决策部署，切实做好碳达峰、碳中和顶层设计，3月18日下午，国家发展改革委环资司副司长赵鹏高主持召开专家座谈会，听取有关专家对相关工作的意见和建议。',
      ], '2021-03-22T10:39:56+08:00'),
    ).toEqual([[{ name: '国家发展和改革委员会资源节约和环境保护司', session: null }]]);
  });
});
