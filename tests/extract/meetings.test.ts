import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import type { ParsedArticle } from '../../src/types.js';
import { parsedArticle } from '../support/parsed-article.js';

function article(title: string, body: string[], published: string): ParsedArticle {
  return parsedArticle(title, body, { article: 'test', path: '/test', published });
}

const roles = (facts: ReturnType<typeof extractFacts>) =>
  facts.meetings.map((m) => m.participants.map((p) => [p.name, p.role, p.titles]));

/** Filler that makes an article longer than a brief (a flash is dated on its publication day, a long article not). */
const LONG = '本次峰会具有以下几个鲜明特点，层次高、规模大，活动密集、成果丰富，热烈友好、举世关注。'.repeat(12);

describe('extractMeetings: who chaired', () => {
  it('reads 在…主持下 and a title after the name inside 的 (xwlb 2018)', () => {
    const facts = extractFacts(article('[视频]习近平主席主持2018年中非合作论坛北京峰会取得圆满成功和丰硕成果', [
      '央视网消息（新闻联播）：刚刚结束的2018年中非合作论坛北京峰会在重大国际地区问题上发出了中非自己的声音。',
      '2018年中非合作论坛北京峰会在习近平主席的亲自主持和引领下，中非双方密切沟通，精诚协作，峰会进展非常顺利，气氛十分和谐，取得圆满成功。',
      LONG,
    ], '2018-09-07T19:15:29+08:00'));
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({ date: null, bodies: [{ name: '中非合作论坛', session: null }] });
    expect(roles(facts)).toEqual([[['习近平', 'chair', ['主席']]]]);
  });

  it('reads 在…主持下, 主持 as a noun before its holder, and a headline chair (hkcnews 20518)', () => {
    const facts = extractFacts(article('【引渡修例】石禮謙早上主持19秒「會議」　下午稱「我無能」不再任主持', [
      '立法會今早續舉行修訂 《逃犯條例》法案委員會會議，泛民建制鬧「雙胞胎」之下，民主派率先於8時15分開始會議。民主派則在涂謹申主持下繼續會議，於9時05分結束。',
      '民主派開會後約5分鐘，便派出兩隊人分別到不同電梯口等候建制派議員。毛孟靜、許智峯在其中一個電梯口等到建制派議員出現，但建制派會議主持石禮謙未有同時現身，雙方沒有發生衝突。',
      '民主派見記者時，提出民主派、建制派及政府舉行三方會談。',
    ], '2019-05-14T00:00:00+08:00'));
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({
      date: '2019-05-14', time_of_day: 'morning', complete: true, bodies: [{ name: '修订《逃犯条例》法案委员会', session: null }],
    });
    expect(roles(facts)).toEqual([[['石禮謙', 'chair', []], ['涂謹申', 'chair', []]]]);
  });

  it('does not read a description as a title (hkcnews 19917: 先由資歷最深的議員涂謹申主持)', () => {
    const facts = extractFacts(article('【引渡修例】涂謹申主持首次會議　郭偉強被逐　建制派再提改議規', [
      '立法會今早首次召開修訂《逃犯條例》法案委員會會議，約個半小時的會議未能選出法案委員會正副主席，另擇日期續會。',
      '會議在早上8時45分開始，先由資歷最深的議員涂謹申主持委員會正副主席選舉。',
      '至於被指代表建制派角逐委員會主席一職的謝偉俊，今早有出席會議，但未有發言。',
    ], '2019-04-17T00:00:00+08:00'));
    expect(facts.meetings[0]).toMatchObject({ bodies: [{ name: '修订《逃犯条例》法案委员会', session: 1 }] });
    expect(roles(facts)).toEqual([[['涂謹申', 'chair', []], ['謝偉俊', 'attendee', []]]]);
  });
});

describe('extractMeetings: what counts as a reported meeting', () => {
  it('reads a dated speech at a meeting as attendance, and an undated gathering with its chair (hkcnews 27212)', () => {
    const facts = extractFacts(article('十七萬人大會與林鄭小報告', [
      '毋庸置疑，無論是香港，抑或是中國大陸，武漢肺炎疫情已經產生了巨大的政治衝擊。習近平剛於本月22日主持了一個17萬人大會。',
      '本月較早時， 《求是》發表 了習近平在2月3日中央政治局常委會議上的講話，是會議之後只不過幾天，已經比一般習慣快得多。',
      LONG,
    ], '2020-02-24T00:00:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2020-02-22', []],
      ['2020-02-03', [{ name: '中共中央政治局常务委员会', session: null }]],
    ]);
    expect(roles(facts)).toEqual([[['習近平', 'chair', []]], [['習近平', 'attendee', []]]]);
  });

  it('dates a 交流会 closing today, and reads its chair 王刚 whole (xwlb 2012-08-24)', () => {
    const facts = extractFacts(article('[视频]全国地方政协工作经验交流会闭幕 贾庆林讲话', [
      '央视网消息(新闻联播)：全国地方政协工作经验交流会今天在北京闭幕。中共中央政治局常委、全国政协主席贾庆林出席闭幕式并发表重要讲话。中共中央政治局委员、全国政协副主席王刚主持会议。',
      LONG,
    ], '2012-08-24T19:15:11+08:00'));
    expect(facts.meetings.map((m) => m.date)).toEqual(['2012-08-24']);
    expect(roles(facts)).toEqual([[
      ['贾庆林', 'attendee', ['中共中央政治局常委', '全国政协主席']],
      ['王刚', 'chair', ['中共中央政治局委员', '全国政协副主席']],
    ]]);
  });

  it('does not take a cited speech as attendance (sina 0028)', () => {
    const facts = extractFacts(article('人民银行召开党史学习教育动员会', [
      '近日，人民银行召开党史学习教育动员会暨专题报告会，进一步学习贯彻习近平总书记在党史学习教育动员大会上的重要讲话精神，对人民银行系统开展党史学习教育进行动员部署。人民银行党委书记、党史学习教育领导小组组长郭树清作动员讲话，人民银行行长易纲主持会议。',
      '会议指出，习近平总书记在党史学习教育动员大会的重要讲话，深刻阐述了开展党史学习教育的重大意义，为开展好党史学习教育指明了方向。',
    ], '2021-03-22T11:24:03+08:00'));
    expect(roles(facts)).toEqual([
      [['郭树清', 'attendee', ['人民银行党委书记', '党史学习教育领导小组组长']], ['易纲', 'chair', ['人民银行行长']]],
    ]);
    expect(facts.meetings[0]!.date).toBeNull();
  });

  it('does not take a request to attend as attendance (hkcnews 29056), nor 建议 as a noun for a request (xwlb 2018)', () => {
    const requested = extractFacts(article('【拆解內會半年】李慧琼若退選　泛民即登主席寶座', [
      '李慧琼隨即接受自由黨邵家輝的提名，成為今個年度內會主席的候選人，她表示：「由於我已經係接受咗提名的話呢，我就請副主席主持會議，唔該Dennis。」',
      '泛民議員又要求立法會秘書長陳維安出席內會會議，解釋保安安排。陳維安表示未獲行管會授權下不會出席。討論期間亦提出多次規程問題。',
      LONG,
    ], '2020-04-18T00:00:00+08:00'));
    expect(requested.meetings.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('陳維安');

    const explained = extractFacts(article('[视频]中国共产党第十九届中央委员会第二次全体会议在京举行', [
      '央视网消息（新闻联播）：中国共产党第十九届中央委员会第二次全体会议于2018年1月18日至19日在北京举行。',
      '全会审议通过了《中共中央关于修改宪法部分内容的建议》，张德江就《建议(草案)》向全会作了说明。',
    ], '2018-01-19T19:30:00+08:00'));
    expect(roles(explained)).toEqual([[['张德江', 'attendee', []]]]);
  });
});

describe('extractMeetings: foreign names', () => {
  it('takes a long transliterated name before 主持 for a chair without a title (xwlb 2017-06-10)', () => {
    const facts = extractFacts(article('[视频]习近平出席上海合作组织成员国元首理事会第十七次会议并发表重要讲话', [
      '当地时间上午11时50分许，习近平抵达独立宫，受到纳扎尔巴耶夫热情迎接。',
      '纳扎尔巴耶夫主持会议。',
    ], '2017-06-10T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[['习近平', 'attendee', []], ['纳扎尔巴耶夫', 'chair', []]]]);
  });
});

describe('extractMeetings: list ends', () => {
  it('leaves 视频 and 近日 out of the name before the verb (xwlb 2022-04-11, 2024-10-29)', () => {
    const byVideo = extractFacts(article('[视频]李克强主持召开经济形势部分地方政府主要负责人座谈会', [
      '江西省委书记易炼红、省长叶建春发了言，辽宁省长李乐成、浙江省长王浩、广东省长王伟中、四川省长黄强视频发言。',
    ], '2022-04-11T19:13:03+08:00'));
    expect(byVideo.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      '李克强', '易炼红', '叶建春', '李乐成', '王浩', '王伟中', '黄强',
    ]);
    const lately = extractFacts(article('[视频]李希出席二十届中央第四轮巡视工作动员部署会', [
      '央视网消息（新闻联播）：中共中央政治局常委、中央巡视工作领导小组组长李希近日出席二十届中央第四轮巡视工作动员部署会并讲话。',
    ], '2024-10-29T19:30:41+08:00'));
    expect(lately.people).toEqual(['李希']);
  });

  it('keeps the names of a list that closes with people it does not name (xwlb 2022-02-24, 2013, 2023-03-23)', () => {
    const names = (sentence: string) =>
      extractFacts(article('[视频]韩正主持召开推进“一带一路”建设工作领导小组全体会议', [
        '央视网消息（新闻联播）：韩正24日主持召开推进“一带一路”建设工作领导小组全体会议。',
        sentence,
      ], '2022-02-24T19:15:00+08:00')).meetings.flatMap((m) => m.participants.filter((p) => p.role === 'attendee').map((p) => p.name));
    expect(names('杨洁篪、胡春华、王毅、肖捷、何立峰和推进“一带一路”建设工作领导小组成员及有关部门负责同志参加会议。')).toEqual([
      '杨洁篪', '胡春华', '王毅', '肖捷', '何立峰',
    ]);
    expect(names('马凯、王沪宁、栗战书、杨洁篪和中央有关部门负责同志参加会议。')).toEqual(['马凯', '王沪宁', '栗战书', '杨洁篪']);
    expect(names('国务委员王勇，生态环境部、水利部负责同志参加会议。')).toEqual(['王勇']);
  });

  it('dates a meeting by the day of the range a later sentence gives, one meeting (xwlb 2018-07-04)', () => {
    const facts = extractFacts(article('[视频]韩正在海南调研并主持召开推进海南全面深化改革开放领导小组会议', [
      '央视网消息（新闻联播）：7月1日至3日，中共中央政治局常委、国务院副总理、推进海南全面深化改革开放领导小组组长韩正在海南省调研并主持召开推进海南全面深化改革开放领导小组会议。',
      '2日下午，韩正在海口主持召开推进海南全面深化改革开放领导小组会议，研究部署下一阶段重点工作。',
      '胡春华、何立峰参加会议。',
    ], '2018-07-04T19:00:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.time_of_day, m.participants.map((p) => [p.name, p.role])])).toEqual([
      ['2018-07-02', 'afternoon', [['韩正', 'chair'], ['胡春华', 'attendee'], ['何立峰', 'attendee']]],
    ]);
  });

  it('goes back to the meeting of the same day and time after a sentence on another day’s meetings (xwlb 2015-03-04)', () => {
    const facts = extractFacts(article('[视频]十二届全国人大常委会举行第四十四次委员长会议', [
      '央视网消息(新闻联播)：十二届全国人大常委会4日上午在人民大会堂举行第四十四次委员长会议。张德江委员长主持会议。',
      '3日下午，出席十二届全国人大三次会议的各代表团召开会议，审议了十二届全国人大三次会议主席团和秘书长名单草案、议程草案。',
      '4日上午举行的委员长会议首先听取了全国人大常委会副委员长兼秘书长王晨作的关于十二届全国人大三次会议主席团和秘书长名单草案审议情况的汇报。',
      '会议听取了王晨作的关于十二届全国人大三次会议议程草案审议情况的汇报，决定将议程草案提请大会预备会议表决。',
    ], '2015-03-04T19:24:08+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.time_of_day, m.bodies, m.participants.map((p) => [p.name, p.role])])).toEqual([
      ['2015-03-04', 'morning', [{ name: '十二届全国人大常委会委员长会议', session: 44 }], [['张德江', 'chair'], ['王晨', 'attendee']]],
    ]);
  });

  it('takes no meeting from a past gathering named in what someone says (xwlb 2022-11-01)', () => {
    const facts = extractFacts(article('[视频]李克强主持上海合作组织成员国政府首脑（总理）理事会第二十一次会议', [
      '央视网消息（新闻联播）：国务院总理李克强1日在京以视频方式主持上海合作组织成员国政府首脑（总理）理事会第二十一次会议。',
      '李克强表示，前不久召开的中国共产党第二十次全国代表大会表明，中国将坚持改革开放基本国策。',
      '王毅、何立峰出席。',
      LONG,
    ], '2022-11-01T19:00:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.participants.map((p) => p.name)])).toEqual([
      ['2022-11-01', ['李克强', '王毅', '何立峰']],
    ]);
  });

  it('takes no meeting from a lawyer’s visit to a detainee, nor a count for a name (terminus2049 2019-06-15, 2019-02-02, 2019-08-06)', () => {
    const facts = extractFacts(article('陈杰人案', [
      '五名代理律师始终没有见到陈杰人等涉案人，相关部门一直拒绝律师会见。',
      '2018年12月24日，萧律师提出会见申请，看守所称需要请示。',
      '民阵发起第二次游行，主办方表示游行有 13 万人参加。',
      LONG,
    ], '2019-06-15T00:00:00+08:00'));
    expect(facts.meetings).toEqual([]);
  });

  it('takes no meeting from a speaker who speaks of it in the first person (xwlb 2018-01-20: 他表示，今天，我们召开…)', () => {
    const facts = extractFacts(article('[视频]中共中央召开党外人士座谈会 习近平主持并发表重要讲话', [
      '央视网消息（新闻联播）：中共中央2017年12月15日在中南海召开党外人士座谈会。中共中央总书记习近平主持会议并发表重要讲话。',
      '在认真听取了大家发言后，习近平作了重要讲话。他表示，今天，我们召开党外人士座谈会，目的是就宪法修改听取大家意见和建议。',
      '丁薛祥、王晨、许其亮，中央有关部门负责同志出席座谈会。',
      LONG,
    ], '2018-01-20T19:00:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.participants.map((p) => p.name)])).toEqual([
      ['2017-12-15', ['习近平', '丁薛祥', '王晨', '许其亮']],
    ]);
  });

  it('reads the list that follows its verb, to the end of the sentence (sina/0021: 在主席台就座的还有：…等)', () => {
    const facts = extractFacts(article('十三届全国人大五次会议在京开幕', [
      '第十三届全国人民代表大会第五次会议5日上午在人民大会堂开幕。',
      '在主席台就座的还有：丁薛祥、刘鹤、许其亮、帕巴拉·格列朗杰，以及中央军委委员李作成、苗华等。',
      LONG,
    ], '2022-03-05T12:00:00+08:00'));
    expect(facts.meetings.map((m) => m.complete)).toEqual([false]);
    expect(roles(facts)).toEqual([[
      ['丁薛祥', 'attendee', []],
      ['刘鹤', 'attendee', []],
      ['许其亮', 'attendee', []],
      ['帕巴拉·格列朗杰', 'attendee', []],
      ['李作成', 'attendee', ['中央军委委员']],
      ['苗华', 'attendee', ['中央军委委员']],
    ]]);
  });

  it('reads a list past an aside in brackets, 发表讲话, 亲切会见 and 近日 (xwlb 2023-08-23, 2013-11-01, 2024-10-29)', () => {
    const attendees = (sentences: string[]) =>
      roles(extractFacts(article('标题', [...sentences, LONG], '2023-08-23T19:10:00+08:00')));
    expect(attendees([
      '金砖国家领导人第十五次会晤22日在约翰内斯堡举行。',
      '中国国家主席习近平、巴西总统卢拉、印度总理莫迪和俄罗斯总统普京（线上）出席。',
    ])).toEqual([[
      ['习近平', 'attendee', ['中国国家主席']],
      ['卢拉', 'attendee', ['巴西总统']],
      ['莫迪', 'attendee', ['印度总理']],
      ['普京', 'attendee', ['俄罗斯总统']],
    ]]);
    expect(attendees(['中央机构编制委员会召开会议。中共中央政治局常委、国务院总理、中央编制委员会主任李克强发表讲话。'])).toEqual([[
      ['李克强', 'attendee', ['中共中央政治局常委', '国务院总理', '中央编制委员会主任']],
    ]]);
    expect(attendees(['全军英模代表大会30日在京召开。中共中央总书记、国家主席、中央军委主席习近平亲切会见会议代表。'])).toEqual([[
      ['习近平', 'attendee', ['中共中央总书记', '国家主席', '中央军委主席']],
    ]]);
    expect(attendees([
      '二十届中央第四轮巡视工作动员部署会召开。中共中央政治局常委、中央巡视工作领导小组组长李希近日出席动员部署会并讲话。',
    ])).toEqual([[['李希', 'attendee', ['中共中央政治局常委', '中央巡视工作领导小组组长']]]]);
  });

  it('reads a list after 出席的官員還有 or 參加會議的專家還有, not after 主持會議的流程有 (hkcnews 33596, 7781)', () => {
    const officials = extractFacts(article('習近平出席座談會', [
      '習近平今日在北京主持召開經濟社會領域專家座談會。',
      '出席的官員還有中共中央政治局常委、中央書記處書記王滬寧，中共中央政治局常委、國務院副總理韓正。',
      '參加會議的專家還有北京大學國家發展研究院名譽院長林毅夫、中國經濟體制改革研究會副會長樊綱。',
      LONG,
    ], '2020-08-24T00:00:00+08:00'));
    expect(officials.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.role]))).toEqual([
      ['習近平', 'chair'], ['王滬寧', 'attendee'], ['韓正', 'attendee'], ['林毅夫', 'attendee'], ['樊綱', 'attendee'],
    ]);
    const criticised = extractFacts(article('標題', [
      '內務委員會今日舉行會議，謝偉俊主持會議的流程有問題。',
      LONG,
    ], '2017-09-01T00:00:00+08:00'));
    expect(criticised.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.role]))).toEqual([['謝偉俊', 'chair']]);
  });

  it('reads a list of known leaders whose first name ends in 和 (xwlb 2017-11-03)', () => {
    const facts = extractFacts(article('[视频]中央军委召开会议', [
      '中共中央军委在京召开会议。',
      '中共中央政治局委员、中央军委副主席许其亮，中共中央政治局委员、中央军委副主席张又侠，中央军委委员魏凤和、李作成、苗华、张升民参加活动。',
    ], '2017-11-03T19:10:30+08:00'));
    expect(facts.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      '许其亮', '张又侠', '魏凤和', '李作成', '苗华', '张升民',
    ]);
    // one reading of 魏凤和 at its place, not also 魏凤 and 和
    expect(facts.people).toEqual(['许其亮', '张又侠', '魏凤和', '李作成', '苗华', '张升民']);
  });
});

describe('extractMeetings: first times', () => {
  it('reads 首次 as the body’s first meeting, not as a chair’s first time (hkcnews 19917, 17184)', () => {
    const first = extractFacts(article('標題', ['立法會今早首次召開修訂《逃犯條例》法案委員會會議。民主黨涂謹申主持會議。', LONG], '2019-04-17T00:00:00+08:00'));
    expect(first.meetings.map((m) => m.bodies)).toEqual([[{ name: '修订《逃犯条例》法案委员会', session: 1 }]]);
    const chair = extractFacts(article('標題', ['李慧琼今日首次主持內務委員會會議。', LONG], '2018-12-14T00:00:00+08:00'));
    expect(chair.meetings.map((m) => m.bodies)).toEqual([[{ name: '内务委员会', session: null }]]);
  });
});

describe('extractMeetings: observers', () => {
  it('takes no list for an observer named in a relative clause (xwlb 2024-11-07: …委员和列席会议的刘忻等同志)', () => {
    const facts = extractFacts(article('[视频]十四届全国人大常委会举行专题询问', [
      '央视网消息（新闻联播）：十四届全国人大常委会第十二次会议7日下午举行联组会议。',
      '杨关林、李巍、李慧琼委员和列席会议的刘忻等同志，围绕进一步深入推进“双一流”建设提出询问。',
      '赵乐际主持会议。',
      LONG,
    ], '2024-11-07T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[['赵乐际', 'chair', []]]]);
  });
});

describe('extractMeetings: negations', () => {
  it('reads 分别主持 as chairs: 别 alone denies nothing (xwlb 2023-03-28)', () => {
    const facts = extractFacts(article('[视频]王沪宁出席全国政协专门委员会主任会议暨学习研讨班', [
      '石泰峰、胡春华分别主持上午和下午的全体会议。',
    ], '2023-03-28T19:11:14+08:00'));
    expect(roles(facts)).toEqual([[['王沪宁', 'attendee', []], ['石泰峰', 'chair', []], ['胡春华', 'chair', []]]]);
  });

  it('keeps the date of a summit held in 杜尚别 (xwlb 2019-06-15)', () => {
    const facts = extractFacts(article('[视频]习近平出席亚洲相互协作与信任措施会议第五次峰会并发表重要讲话', [
      '央视网消息（新闻联播）： 亚洲相互协作与信任措施会议第五次峰会当地时间6月15日在塔吉克斯坦首都杜尚别举行。',
      LONG,
    ], '2019-06-15T19:29:03+08:00'));
    expect(facts.meetings.map((m) => m.date)).toEqual(['2019-06-15']);
  });

  it('does not date a meeting by a 會見 the text denies (未有公開會見, hkcnews 27497)', () => {
    const facts = extractFacts(article('林鄭回應抗疫為選情報告：不評論與中央任何文書往來', [
      '《蘋果》表示曾數度向特首辦查詢都未獲回覆，報導上月22日刊出後，林鄭月娥亦一直未有公開會見傳媒。',
      LONG,
    ], '2020-03-03T00:00:00+08:00'));
    expect(facts.meetings).toEqual([]);
  });
});

describe('extractMeetings: national leaders by name', () => {
  it('reads a bare list of vice-chairs and a name before its postposed title (xwlb 2016-12-09, 2016-12-21)', () => {
    const forum = extractFacts(article('[视频]全国政协召开双周协商座谈会', [
      '全国政协主席俞正声主持会议。',
      '杜青林、张庆黎、齐续春出席座谈会。',
      LONG,
    ], '2016-12-09T19:10:00+08:00'));
    expect(roles(forum)).toEqual([[
      ['俞正声', 'chair', ['全国政协主席']],
      ['杜青林', 'attendee', []],
      ['张庆黎', 'attendee', []],
      ['齐续春', 'attendee', []],
    ]]);
    const standing = extractFacts(article('[视频]十二届全国人大常委会第二十五次会议闭幕', [
      '十二届全国人大常委会第二十五次会议21日在北京人民大会堂闭幕。',
      '向巴平措副委员长主持会议。',
      LONG,
    ], '2016-12-21T19:10:00+08:00'));
    expect(roles(standing)).toEqual([[['向巴平措', 'chair', ['副委员长']]]]);
  });
});

describe('extractMeetings: one session, several days', () => {
  it('keeps one meeting when a later sentence gives the session’s range of days (xwlb 2020-01-15)', () => {
    const facts = extractFacts(article('[视频]十九届中央纪委四次全会在京闭幕', [
      '央视网消息（新闻联播）：中国共产党第十九届中央纪律检查委员会第四次全体会议15日在京闭幕。',
      '中国共产党第十九届中央纪律检查委员会第四次全体会议，于2020年1月13日至15日在北京举行。',
      LONG,
    ], '2020-01-15T19:30:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2020-01-15', [{ name: '中国共产党第十九届中央纪律检查委员会', session: 4 }]],
    ]);
  });
});

describe('extractMeetings: speakers', () => {
  it('takes a standing committee member who speaks at the plenary as an attendee (xwlb 2024-07-24: 马建堂常委发言)', () => {
    const facts = extractFacts(article('[视频]全国政协十四届常委会第八次会议举行全体会议 王沪宁出席', [
      '央视网消息（新闻联播）：政协第十四届全国委员会常务委员会第八次会议24日下午举行全体会议，15位政协常委作大会发言。中共中央政治局常委、全国政协主席王沪宁出席。',
      '马建堂常委发言提出，坚持和完善公有制为主体、多种所有制经济共同发展的基本经济制度。刘家强常委代表民革中央发言建议，深化司法体制改革，推进法治中国建设。',
      '全国政协副主席高云龙主持会议。',
      LONG,
    ], '2024-07-24T19:19:09+08:00'));
    expect(roles(facts)).toEqual([[
      ['王沪宁', 'attendee', ['中共中央政治局常委', '全国政协主席']],
      ['马建堂', 'attendee', ['常委']],
      ['刘家强', 'attendee', ['常委']],
      ['高云龙', 'chair', ['全国政协副主席']],
    ]]);
  });
});

describe('extractMeetings: bodies attended', () => {
  it('reads the body whose meeting someone attends (hkcnews 41767: 出席灣仔區議會會議; hkcnews 29289: 出席立法會會議)', () => {
    const facts = extractFacts(article('【社團條例】鄧炳強：正研究下一步', [
      '警務處處長鄧炳強出席灣仔區議會會議，會後被問到警方早前就《社團條例》去信民陣。',
      LONG,
    ], '2021-05-11T00:00:00+08:00'));
    expect(facts.meetings.map((m) => [m.bodies, roles(facts)[0]])).toEqual([
      [[{ name: '湾仔区议会', session: null }], [['鄧炳強', 'attendee', ['警務處處長']]]],
    ]);
    const legco = extractFacts(article('標題', ['商經局局長邱騰華出席立法會會議時表示，政府會研究。', LONG], '2020-04-24T00:00:00+08:00'));
    expect(legco.meetings.map((m) => m.bodies)).toEqual([[{ name: '香港特别行政区立法会', session: null }]]);
  });
});

describe('extractMeetings: officers’ meetings', () => {
  it('reads the officers’ series when the number stands before the officer word or after it (xwlb 2016-03-04, 2023-03-10)', () => {
    const chairman = extractFacts(article('[视频]张德江主持召开十二届全国人大常委会第六十六次委员长会议', [
      '央视网消息(新闻联播)：十二届全国人大常委会4日上午在人民大会堂举行第六十六次委员长会议。张德江委员长主持会议。',
      LONG,
    ], '2016-03-04T19:05:00+08:00'));
    expect(chairman.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2016-03-04', [{ name: '十二届全国人大常委会委员长会议', session: 66 }]],
    ]);
    const presidium = extractFacts(article('[视频]十四届全国人大一次会议主席团常务主席举行第五次会议', [
      '央视网消息（新闻联播）：十四届全国人大一次会议主席团常务主席第五次会议10日下午在北京人民大会堂举行。',
      LONG,
    ], '2023-03-10T19:30:00+08:00'));
    expect(presidium.meetings.map((m) => m.bodies)).toEqual([[{ name: '十四届全国人大一次会议主席团常务主席会议', session: 5 }]]);
  });
});

describe('extractMeetings: more kinds of gathering', () => {
  it('reads 定期会晤 and 茶话会 as meetings (xwlb 2024-08-22, 2020-01-15)', () => {
    const talks = extractFacts(article('[视频]李强同俄罗斯总理米舒斯京共同主持中俄总理第二十九次定期会晤', [
      '央视网消息（新闻联播）：当地时间21日上午，国务院总理李强在莫斯科同俄罗斯总理米舒斯京共同主持中俄总理第二十九次定期会晤。',
      LONG,
    ], '2024-08-22T19:10:00+08:00'));
    expect(talks.meetings.map((m) => [m.date, m.time_of_day])).toEqual([['2024-08-21', 'morning']]);
    expect(roles(talks)).toEqual([[['李强', 'chair', ['国务院总理']], ['米舒斯京', 'chair', ['俄罗斯总理']]]]);
    const tea = extractFacts(article('[视频]全国政协举行新年茶话会', [
      '央视网消息（新闻联播）：全国政协15日在京举行已故知名人士的夫人2020年春节茶话会。中共中央政治局常委、全国政协主席汪洋出席茶话会。',
      '全国政协副主席兼秘书长夏宝龙主持茶话会。',
      LONG,
    ], '2020-01-15T19:10:00+08:00'));
    expect(roles(tea)).toEqual([[['汪洋', 'attendee', ['中共中央政治局常委', '全国政协主席']], ['夏宝龙', 'chair', ['全国政协副主席兼秘书长']]]]);
  });
});

describe('extractMeetings: reports and speeches in other words', () => {
  it('reads 报告了, 在会上强调 and 陪同出席, and no report given at another meeting (xwlb F: 徐绍史报告了, 李强在会上强调)', () => {
    const facts = extractFacts(article('[视频]十二届全国人大常委会第二十一次会议举行', [
      '央视网消息（新闻联播）：十二届全国人大常委会第二十一次会议27日在北京人民大会堂举行第一次全体会议。',
      '受国务院委托，国家发展改革委主任徐绍史报告了“十二五”规划纲要实施中期评估情况。',
      '中共中央政治局常委、国务院总理李克强在会上强调，要做好工作。',
      '会议指出，习近平总书记在全会上作的工作报告，系统总结了过去五年的工作。',
      LONG,
    ], '2016-06-27T19:00:00+08:00'));
    expect(facts.meetings.flatMap((m) => m.participants.map((p) => [p.name, p.role]))).toEqual([
      ['徐绍史', 'attendee'], ['李克强', 'attendee'],
    ]);
  });
});

describe('extractMeetings: reports without 的 before 报告', () => {
  it('reads 会议听取了…作的…执法检查报告 (xwlb: 吉炳轩作的农业机械化促进法执法检查报告)', () => {
    const facts = extractFacts(article('[视频]十三届全国人大常委会第六次会议在京举行', [
      '央视网消息（新闻联播）：十三届全国人大常委会第六次会议24日上午在北京人民大会堂举行第一次全体会议。',
      '会议听取了全国人大常委会副委员长吉炳轩作的农业机械化促进法执法检查报告。',
      LONG,
    ], '2018-10-24T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[['吉炳轩', 'attendee', ['全国人大常委会副委员长']]]]);
  });
});

describe('extractMeetings: a body’s meeting on one subject', () => {
  it('reads 国务院专题会议 as a meeting of 国务院 (xwlb 2022-09-12)', () => {
    const facts = extractFacts(article('[视频]李克强主持召开国务院专题会议', [
      '央视网消息（新闻联播）：近日，中共中央政治局常委、国务院总理李克强主持召开国务院专题会议，研究部署稳经济工作。',
      LONG,
    ], '2022-09-12T19:10:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies])).toEqual([[null, [{ name: '国务院', session: null }]]]);
  });
});

describe('extractMeetings: speakers in the account of a meeting', () => {
  it('takes whoever speaks in the account of the one meeting an article reports, until it turns to what came after (hkcnews 19917)', () => {
    const facts = extractFacts(article('【引渡修例】涂謹申主持首次會議　郭偉強被逐　建制派再提改議規', [
      '立法會今早首次召開修訂《逃犯條例》法案委員會會議，約個半小時的會議未能選出法案委員會正副主席，另擇日期續會。',
      '會議在早上8時45分開始，先由資歷最深的議員涂謹申主持委員會正副主席選舉。其間區諾軒提出，涂誤把張國鈞的名字錯讀。',
      '議會陣線毛孟靜提出，對今天開會安排存有疑慮，希望秘書處澄清。',
      '民建聯李慧琼質疑，涂謹申的角色只是主持選舉正副主席。',
      '保安局局長李家超在會議結束後指，法案委員會用了兩個小時都未能選出主席，感到非常失望。',
      '工聯會黃國健批評涂謹申利用主持會議的機會拉布。',
      LONG,
    ], '2019-04-17T00:00:00+08:00'));
    expect(roles(facts)).toEqual([[
      ['涂謹申', 'chair', []],
      ['區諾軒', 'attendee', []],
      ['毛孟靜', 'attendee', []],
      ['李慧琼', 'attendee', []],
    ]]);
  });

  it('takes a speaker named after a title (xwlb: 座谈会上，国家统计局局长马建堂介绍了当前经济运行情况)', () => {
    const facts = extractFacts(article('[视频]李克强主持召开经济形势专家座谈会', [
      '央视网消息（新闻联播）：国务院总理李克强13日下午在中南海主持召开经济形势专家和企业负责人座谈会。',
      '座谈会上，国家统计局局长马建堂介绍了当前经济运行情况。',
      LONG,
    ], '2013-07-13T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[['李克强', 'chair', ['国务院总理']], ['马建堂', 'attendee', ['国家统计局局长']]]]);
  });

  it('gives a speaker the titles written before the name, after a word that opens the clause (xwlb 2023-03-30, hkcnews 43320)', () => {
    const state = extractFacts(article('[视频]国务院召开第一次廉政工作会议', [
      '央视网消息（新闻联播）：国务院30日召开第一次廉政工作会议，中共中央政治局常委、国务院总理李强在会上强调，要坚持。',
      LONG,
    ], '2023-03-30T19:00:00+08:00'));
    expect(roles(state)).toEqual([[['李强', 'attendee', ['中共中央政治局常委', '国务院总理']]]]);
    const council = extractFacts(article('區議員辭職潮後首大會', [
      '葵青區議會只剩9名民主派未辭職，今（13日）舉行第130次會議。',
      '但代主席張文龍指由於只收到一份提名，只能宣佈梁錦威當選。',
      '會議改由新主席梁錦威主持，開始討論區務。',
      LONG,
    ], '2021-07-13T00:00:00+08:00'));
    expect(roles(council)).toEqual([[['梁錦威', 'chair', ['新主席']], ['張文龍', 'attendee', ['代主席']]]]);
  });

  it('does not take a leader whose instructions the meeting hears for a speaker at it (xwlb 2013-05-31)', () => {
    const facts = extractFacts(article('[视频]深化平安中国建设工作会议召开', [
      '央视网消息（新闻联播）：深化平安中国建设工作会议今天在江苏苏州召开。中共中央总书记、国家主席、中央军委主席习近平日前就建设平安中国作出重要指示。',
      '习近平强调，要深入贯彻落实党的十八大精神。',
      '孟建柱出席会议并讲话。',
      LONG,
    ], '2013-05-31T19:00:00+08:00'));
    expect(facts.meetings.flatMap((m) => m.participants.map((p) => p.name))).toEqual(['孟建柱']);
  });
});

describe('extractMeetings: reports and proposals', () => {
  it('takes 致词, a way of writing 致辞, as attendance (xwlb 2020-08-17)', () => {
    const facts = extractFacts(article('[视频]全国青联全国学联大会开幕', [
      '央视网消息（新闻联播）：中华全国青年联合会第十三届委员会全体会议17日上午在京开幕。',
      '中共中央政治局委员、国务院副总理孙春兰代表党中央致词。',
    ], '2020-08-17T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[['孙春兰', 'attendee', ['中共中央政治局委员', '国务院副总理']]]]);
  });

  it('takes whoever reads out an order or a decision to the meeting as an attendee (xwlb 2020-09-08)', () => {
    const facts = extractFacts(article('[视频]全国抗击新冠肺炎疫情表彰大会在京隆重举行', [
      '央视网消息（新闻联播）：全国抗击新冠肺炎疫情表彰大会8日上午在北京人民大会堂隆重举行。',
      '李克强主持大会，栗战书宣读主席令，王沪宁宣读表彰决定，汪洋、赵乐际、韩正、王岐山出席。',
    ], '2020-09-08T19:00:00+08:00'));
    expect(roles(facts)[0]!.map(([name, role]) => [name, role])).toEqual([
      ['李克强', 'chair'], ['栗战书', 'attendee'], ['王沪宁', 'attendee'], ['汪洋', 'attendee'], ['赵乐际', 'attendee'], ['韩正', 'attendee'],
      ['王岐山', 'attendee'],
    ]);
  });

  it('takes a speech of a named kind as attendance: 代表…致贺词 (xwlb 2022-12-13)', () => {
    const facts = extractFacts(article('第十一次全国台湾同胞代表会议在京开幕', [
      '第十一次全国台湾同胞代表会议13日在北京开幕。开幕式由全国台联会长黄志贤主持。',
      '全国政协副主席、台盟中央主席苏辉代表台盟中央致贺词，中国侨联主席万立骏代表各人民团体致贺词。',
    ], '2022-12-13T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[
      ['黄志贤', 'chair', ['全国台联会长']],
      ['苏辉', 'attendee', ['全国政协副主席', '台盟中央主席']],
      ['万立骏', 'attendee', ['中国侨联主席']],
    ]]);
  });

  it('takes whoever makes a report to the session as an attendee (xwlb 2019-06-26: 受国务院委托…作了关于…的报告, 会议听取了…作的…报告)', () => {
    const facts = extractFacts(article('[视频]十三届全国人大常委会第十一次会议举行第二次全体会议', [
      '央视网消息（新闻联播）：十三届全国人大常委会第十一次会议26日下午在北京人民大会堂举行第二次全体会议。栗战书委员长出席。',
      '万鄂湘副委员长主持会议。',
      '受国务院委托，财政部部长刘昆作了关于2018年中央决算的报告。',
      '会议听取了全国人大财政经济委员会副主任委员史耀斌作的关于2018年中央决算草案审查结果的报告。',
      '会议听取了文化和旅游部部长雒树刚受国务院委托作的关于文化产业发展工作情况的报告。',
      LONG,
    ], '2019-06-26T19:12:00+08:00'));
    expect(roles(facts)).toEqual([[
      ['栗战书', 'attendee', ['委员长']],
      ['万鄂湘', 'chair', ['副委员长']],
      ['刘昆', 'attendee', ['财政部部长']],
      ['史耀斌', 'attendee', ['全国人大财政经济委员会副主任委员']],
      ['雒树刚', 'attendee', ['文化和旅游部部长']],
    ]]);
  });

  it('takes a standing committee member’s proposal as a speech at the plenary (xwlb 2023-08-23: 黄润秋常委提出)', () => {
    const facts = extractFacts(article('[视频]全国政协十四届常委会第三次会议举行全体会议', [
      '央视网消息（新闻联播）：政协第十四届全国委员会常务委员会第三次会议23日下午举行全体会议，13位常委作大会发言。',
      '黄润秋常委提出，坚持问题导向。赖明常委建议，加强工业软件基础研究。',
      LONG,
    ], '2023-08-23T19:20:00+08:00'));
    expect(roles(facts)).toEqual([[['黄润秋', 'attendee', ['常委']], ['赖明', 'attendee', ['常委']]]]);
  });
});

describe('extractMeetings: the other side of a 会见', () => {
  it('reads the visitor named at the end of the sentence, after the clause describing the visit (xwlb 2014-11-10)', () => {
    const facts = extractFacts(article('[视频]习近平会见日本首相', [
      '央视网消息（新闻联播）：国家主席习近平10日在人民大会堂应约会见来华出席亚太经合组织领导人非正式会议的日本首相安倍晋三。',
      LONG,
    ], '2014-11-10T19:30:00+08:00'));
    expect(roles(facts)).toEqual([[['习近平', 'attendee', ['国家主席']], ['安倍晋三', 'attendee', ['日本首相']]]]);
  });
});

describe('extractMeetings: which meeting a list belongs to', () => {
  it('gives 参加会见 to the 会见, not to the meeting the text named last (xwlb 2024-06-07)', () => {
    const facts = extractFacts(article('[视频]习近平会见巴西副总统', [
      '央视网消息（新闻联播）：6月7日下午，国家主席习近平在北京人民大会堂会见巴西副总统阿尔克明。',
      '阿尔克明转达卢拉总统对习近平的亲切问候，表示，昨天我同韩正副主席成功主持召开巴西－中国高层协调与合作委员会第七次会议，取得积极成果。',
      '王毅参加会见。',
      LONG,
    ], '2024-06-07T19:20:00+08:00'));
    expect(roles(facts)).toEqual([
      [['习近平', 'attendee', ['国家主席']], ['阿尔克明', 'attendee', ['巴西副总统']], ['王毅', 'attendee', []]],
      [],
    ]);
  });
});

describe('extractMeetings: other times', () => {
  it('does not give a meeting the chair of an election the clause dates to another time (當時, hkcnews 19917)', () => {
    const facts = extractFacts(article('【引渡修例】涂謹申主持首次會議 郭偉強被逐 建制派再提改議規', [
      '民主黨尹兆堅提出，2016年選立法會大會主席時亦發生類似情況，當時經民聯石禮謙主持主席選舉時，驅逐抗議的議員，事後秘書處稱，主持會議的議員，同時應行使主席的權利，不然會影響會議進行。',
      LONG,
    ], '2019-04-17T00:00:00+08:00'));
    // 尹兆堅, who raises it, speaks at the meeting.
    expect(roles(facts)).toEqual([[['涂謹申', 'chair', []], ['尹兆堅', 'attendee', []]]]);
  });
});

describe('extractMeetings: other times, quoted', () => {
  it('gives the meeting no participant of a gathering a speaker recalls (前不久，…会晤时指出, xwlb 2014-09-23)', () => {
    const facts = extractFacts(article('[视频]张德江与俄罗斯联邦委员会主席举行会谈', [
      '央视网消息(新闻联播)：全国人大常委会委员长张德江23日在人民大会堂与俄罗斯联邦委员会主席马特维延科举行会谈。',
      '张德江说，前不久，习近平主席在杜尚别与普京总统会晤时指出，中方愿同俄方加大相互支持。',
      LONG,
    ], '2014-09-23T19:00:00+08:00'));
    expect(roles(facts)).toEqual([[
      ['张德江', 'attendee', ['全国人大常委会委员长']],
      ['马特维延科', 'attendee', ['俄罗斯联邦委员会主席']],
    ]]);
    expect(facts.people).toEqual(['张德江', '马特维延科', '习近平', '普京']);
  });
});

describe('extractMeetings: other events', () => {
  it('does not list the guests of a ceremony or a radio programme for the meeting reported (hkcnews 48902, 6544)', () => {
    const facts = extractFacts(article('逾三成受訪者因官員呼籲、反恐演習減投票意欲　近六成人無留意選舉論壇報道', [
      '另外，《now新聞台》日前播出的選舉論壇，主持引述網民提問：「吳秋北，你哋工聯會幾時同暴力割席。」',
      '由12月初開始，政府官員出席任何場合發言幾乎都會呼籲投票，過去三日，特首林鄭月娥出席行會前呼籲選民投下香港未來信心一票、出席感動香江頒獎典禮又呼籲選出熱愛香港、有能力、有擔當、有志服務香港的愛國者。',
      '郭榮鏗及民建聯立法會議員周浩鼎，今早出席香港電台節目《千禧年代》，就《國歌法》列入香港《基本法》討論。',
      LONG,
    ], '2021-12-10T00:00:00+08:00'));
    expect(roles(facts)).toEqual([[['林鄭月娥', 'attendee', ['特首']]]]);
  });

  it('reports no meeting when an official meets the press (會見傳媒, hkcnews 8740)', () => {
    const facts = extractFacts(article('李家超：警方已開始處理事件', [
      '保安局局長李家超今日會見傳媒時表示，警方已開始處理事件。',
      LONG,
    ], '2019-01-16T00:00:00+08:00'));
    expect(facts.meetings).toEqual([]);
  });
});

describe('extractMeetings: quotations', () => {
  it('reads the list of a role verb inside a quotation from inside it (hkcnews 20469)', () => {
    const facts = extractFacts(article('【引渡修例】建制派開會前拉人鏈', [
      '立法會修訂 《逃犯條例》法案委員會今早舉行會議，結果演變成民主建制兩派的角力戰場，兩派議員互相推撞及指罵，場面極度混亂，數名議員報稱受傷，雙方都有報警。',
      '臨近復會時間，建制派終打開會議室4的門，由何俊賢、鄭泳舜、張華峰等人圍成人鏈包圍石禮謙，步向前方的會議室2，在門外一直守候的民主派及記者隨即一擁而上，民主派一直高呼：「非法主持、非法會議」。',
      '多位議員的桌前，擺了前立法局主席黃宏發接受訪時表示「涂謹申召開的是正式會議，石禮謙主持的不是正當會議」的截圖。',
      LONG,
    ], '2019-05-11T00:00:00+08:00'));
    expect(roles(facts)).toEqual([[['石禮謙', 'chair', []]]]);
  });
});

describe('extractMeetings: talks and clauses without subject', () => {
  it('takes both sides of a talk, and a following 共同主持 for both (xwlb 2016)', () => {
    const facts = extractFacts(article('[视频]张德江与俄罗斯国家杜马主席举行会谈', [
      '央视网消息（新闻联播）：全国人大常委会委员长张德江5日下午在人民大会堂与俄罗斯国家杜马主席纳雷什金举行会谈，共同主持中俄议会合作委员会第二次会议。',
      '王晨参加会谈。',
      LONG,
    ], '2016-05-05T19:09:15+08:00'));
    expect(facts.meetings).toHaveLength(1);
    expect(facts.meetings[0]).toMatchObject({ date: '2016-05-05', time_of_day: 'afternoon' });
    expect(roles(facts)).toEqual([[
      ['张德江', 'chair', ['全国人大常委会委员长']],
      ['纳雷什金', 'chair', ['俄罗斯国家杜马主席']],
      ['王晨', 'attendee', []],
    ]]);
  });

  it('dates a meeting from the sentence where a leader attends it (xwlb 2021: 习近平9日下午在出席…全体会议时强调)', () => {
    const facts = extractFacts(article('[视频]习近平在出席解放军和武警部队代表团全体会议时强调', [
      '央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平9日下午在出席十三届全国人大四次会议解放军和武警部队代表团全体会议时强调，今年是中国共产党建党100周年。',
      LONG,
    ], '2021-03-09T19:14:00+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.time_of_day])).toEqual([['2021-03-09', 'afternoon']]);
    expect(roles(facts)).toEqual([[['习近平', 'attendee', ['中共中央总书记', '国家主席', '中央军委主席']]]]);
  });

  it('takes no one for 发言 used as a noun, nor 主持 of an opening for a host, nor a count of meetings for a body (hkcnews)', () => {
    const facts = extractFacts(article('裁判官：郭主持會議方式不構成失當', [
      '王文漢一方指在去年10月至今年4月期間，郭榮鏗主持14次內委會正副主席選舉會議，容許議員討論與選舉無關的事項。',
      '考慮所有過負面清單行為，包括過去所寫的書本、文章、公開發言等。',
      '林鄭月娥當時以西九管理局主席身分主持展覽開幕時說，希克藏品對剛成立的M+「投下信心一票」。',
    ], '2020-09-15T00:00:00+08:00'));
    expect(facts.meetings.map((m) => m.bodies)).toEqual([[]]);
    expect(roles(facts)).toEqual([[['郭榮鏗', 'chair', []]]]);
  });
  it('takes the object of 会见 as the other side, and both chair the meeting that follows (xwlb 2019)', () => {
    const facts = extractFacts(article('[视频]韩正会见俄罗斯副总理并共同主持中俄能源合作委员会第十六次会议', [
      '央视网消息（新闻联播）：中共中央政治局常委、国务院副总理、中俄能源合作委员会中方主席韩正6日在人民大会堂会见俄罗斯副总理、委员会俄方主席科扎克，并共同主持中俄能源合作委员会第十六次会议。',
      LONG,
    ], '2019-09-06T19:24:03+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies])).toEqual([['2019-09-06', [{ name: '中俄能源合作委员会', session: 16 }]]]);
    expect(roles(facts)).toEqual([[
      ['韩正', 'chair', ['中共中央政治局常委', '国务院副总理', '中俄能源合作委员会中方主席']],
      ['科扎克', 'chair', ['俄罗斯副总理', '委员会俄方主席']],
    ]]);
  });
});

describe('extractMeetings: dates from the lead and planned meetings', () => {
  it('dates a meeting the headline reports by the lead when its own sentences give no date (xwlb 2018-07-26)', () => {
    const facts = extractFacts(article('[视频]韩正在北京冬奥组委调研并主持召开第24届冬奥会工作领导小组全体会议', [
      '央视网消息（新闻联播）：7月25日，中共中央政治局常委、国务院副总理、第24届冬奥会工作领导小组组长韩正在北京冬奥组委调研。',
      LONG,
      '韩正主持召开第24届冬奥会工作领导小组全体会议，深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，研究部署下一阶段筹办重点任务。',
    ], '2018-07-26T19:16:30+08:00'));
    expect(facts.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2018-07-25', [{ name: '第24届冬奥会工作领导小组', session: null }]],
    ]);
  });

  it('does not date a meeting by a lead that travels to it (当地时间10日晚…将主持召开, xwlb 2024-09-11)', () => {
    const facts = extractFacts(article('[视频]李强赴利雅得举行中国—沙特高级别联合委员会第四次会议并对沙特进行正式访问', [
      '央视网消息（新闻联播）：应沙特王储兼首相穆罕默德邀请，当地时间10日晚，国务院总理李强乘包机抵达位于沙特首都利雅得的哈立德国王国际机场，将主持召开中国—沙特高级别联合委员会第四次会议并对沙特进行正式访问。',
      LONG,
    ], '2024-09-11T19:20:00+08:00'));
    expect(facts.meetings.map((m) => m.date)).toEqual([null]);
  });

  it('reads a clause that goes on from a planned one as planned (将会见…，同…举行会谈, xwlb 2018-01-04)', () => {
    const facts = extractFacts(article('[视频]李克强将出席澜沧江-湄公河合作第二次领导人会议 并对柬埔寨进行正式访问', [
      '央视网消息（新闻联播）：应澜沧江-湄公河合作共同主席国柬埔寨首相洪森邀请，国务院总理李克强将于1月10日至11日出席在柬埔寨金边举行的澜湄合作第二次领导人会议，并对柬埔寨进行正式访问。',
      '访问柬埔寨期间，李克强总理将会见西哈莫尼国王，同洪森首相就推进中柬全面战略合作举行会谈。',
      LONG,
    ], '2018-01-04T19:22:28+08:00'));
    expect(facts.meetings).toEqual([]);
  });

  it('reads a meeting whose name holds 贯彻 as reported when it is the subject of 召开 (xwlb 2018-06-11)', () => {
    const facts = extractFacts(article('[视频]韩正出席企业职工基本养老保险基金中央调剂制度贯彻实施工作会议', [
      '央视网消息（新闻联播）：企业职工基本养老保险基金中央调剂制度贯彻实施工作会议11日在北京召开。中共中央政治局常委、国务院副总理韩正出席会议并讲话。',
      LONG,
    ], '2018-06-11T19:10:00+08:00'));
    expect(facts.meetings.map((m) => m.date)).toEqual(['2018-06-11']);
  });

  it('takes no meeting a session decides to convene, on a range of days or later, and names officers’ meetings with their number (xwlb 2016-04-15, 2025-06-20)', () => {
    const standing = extractFacts(article('[视频]张德江主持召开十二届全国人大常委会第六十七次委员长会议', [
      '央视网消息（新闻联播）：十二届全国人大常委会第六十七次委员长会议15日上午在人民大会堂举行。会议决定，十二届全国人大常委会第二十次会议4月25日至28日在北京举行。',
      '张德江委员长主持会议。',
      LONG,
    ], '2016-04-15T19:07:13+08:00'));
    expect(standing.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2016-04-15', [{ name: '十二届全国人大常委会委员长会议', session: 67 }]],
    ]);
    expect(roles(standing)).toEqual([[['张德江', 'chair', ['委员长']]]]);
    const chairs = extractFacts(article('[视频]王沪宁主持召开全国政协主席会议', [
      '央视网消息（新闻联播）：政协第十四届全国委员会第三十七次主席会议20日在京召开。中共中央政治局常委、全国政协主席王沪宁主持并讲话。',
      '会议审议通过政协第十四届全国委员会常务委员会第十三次会议议程（草案）和日程，决定8月下旬在北京召开全国政协十四届常委会第十三次会议。',
      LONG,
    ], '2025-06-20T19:19:42+08:00'));
    expect(chairs.meetings.map((m) => [m.date, m.bodies])).toEqual([
      ['2025-06-20', [{ name: '政协第十四届全国委员会主席会议', session: 37 }]],
    ]);
    expect(roles(chairs)).toEqual([[['王沪宁', 'chair', ['中共中央政治局常委', '全国政协主席']]]]);
  });
});
