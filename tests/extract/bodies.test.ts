import { describe, expect, it } from 'vitest';
import { bodyOfTitle, extractBodies, findBodies, resolveBody } from '../../src/extract/bodies.js';
import { inferContext } from '../../src/lexicon/context.js';
import { articleOf } from '../lexicon/article.js';

// seeds/001
const SEED_001 =
  '市委书记、防控工作领导小组组长蔡奇主持会议，市委副书记、市长、防控工作领导小组副组长陈吉宁，市人大常委会主任李伟，市政协主席魏小东，国家卫健委副主任雷海潮出席。';
// seeds/003
const SEED_003 =
  '区委书记、区疫情防控工作领导小组组长文献主持会议，区委副书记、代区长吴小杰，区人大常委会主任陈宏志，区政协主席王旭等出席会议。';

const BEIJING = { jurisdiction: '北京市' };
/** The names of the bodies a sentence names, in an article of the jurisdiction. */
const bodyNames = (sentence: string, jurisdiction: string | null = null) =>
  extractBodies(articleOf('标题', [sentence]), { jurisdiction }).map((body) => body.name);
const CHAOYANG = { jurisdiction: '北京市朝阳区' };

describe('extractBodies', () => {
  it('resolves 市委, 市人大常委会, 市政协 in a Beijing article and merges the leading group short form (seeds/001)', () => {
    const parsed = articleOf('蔡奇主持召开会议', ['5月5日上午，又召开北京新冠肺炎疫情防控工作领导小组第一百八十九次会议。', SEED_001]);
    expect(inferContext(parsed).jurisdiction).toBe(BEIJING.jurisdiction);
    expect(extractBodies(parsed, BEIJING)).toEqual([
      { name: '北京新冠肺炎疫情防控工作领导小组', aka: ['防控工作领导小组'] },
      {
        name: '北京市委',
        aka: ['中共北京市委', '中共北京市委员会', '市委'],
      },
      { name: '北京市人大常委会', aka: ['北京市人民代表大会常务委员会', '市人大常委会'] },
      { name: '北京市政协', aka: ['中国人民政治协商会议北京市委员会', '北京市政协党组', '市政协'] },
      { name: '国家卫生健康委员会', aka: ['国家卫健委', '国家卫生健康委', '卫健委', '卫生健康委'] },
    ]);
  });

  it('resolves 区委 to 朝阳区委 in a 朝阳区 article (seeds/003)', () => {
    const parsed = articleOf('朝阳区召开区疫情防控工作领导小组会议', [SEED_003, '朝阳区新冠肺炎疫情防控工作领导小组召开会议。'], ['北京朝阳']);
    expect(inferContext(parsed).jurisdiction).toBe(CHAOYANG.jurisdiction);
    const names = extractBodies(parsed, CHAOYANG).map((body) => body.name);
    expect(names).toEqual(['朝阳区委', '朝阳区人大常委会', '朝阳区政协', '朝阳区新冠肺炎疫情防控工作领导小组']);
    const leadingGroup = extractBodies(parsed, CHAOYANG)[3]!;
    expect(leadingGroup.aka).toContain('区疫情防控工作领导小组');
  });

  it('names the 联合早报 wording 冠病 with the standard term, in the article and for its meetings (seeds/004)', () => {
    const parsed = articleOf('标题', [
      '据《北京日报》报道，北京冠病疫情防控工作领导小组昨天召开会议，研究调度疫情防控工作。',
      '北京新冠肺炎疫情防控工作领导小组办公室发布通知。',
      '防控工作领导小组组长蔡奇主持会议。',
    ]);
    const bodies = extractBodies(parsed, BEIJING);
    expect(bodies[0]).toEqual({
      name: '北京新冠肺炎疫情防控工作领导小组',
      aka: ['北京冠病疫情防控工作领导小组', '防控工作领导小组'],
    });
    expect(resolveBody('北京冠病疫情防控工作领导小组', { ...BEIJING, article: parsed })?.name).toBe('北京新冠肺炎疫情防控工作领导小组');
    expect(resolveBody('防控工作领导小组', { ...BEIJING, article: parsed })?.name).toBe('北京新冠肺炎疫情防控工作领导小组');
  });

  it('names a congress session in full and its presidium in short, both from one mention (xwlb 20130312-02)', () => {
    const parsed = articleOf('标题', ['央视网消息(新闻联播)：十二届全国人大一次会议主席团12日下午在人民大会堂举行第三次会议。']);
    expect(findBodies(parsed, { jurisdiction: null }).map((body) => [body.name, body.kind])).toEqual([
      ['十二届全国人大一次会议主席团', 'session'],
      ['第十二届全国人民代表大会第一次会议', 'session'],
    ]);
  });

  it('names a congress session in full when the text writes only its short form (sina/0022)', () => {
    const parsed = articleOf('标题', ['新华社北京3月8日电  十三届全国人大五次会议8日上午在北京人民大会堂举行第二次全体会议。']);
    expect(resolveBody('十三届全国人大五次会议', inferContext(parsed))?.name).toBe('第十三届全国人民代表大会第五次会议');
  });

  it('reads 大会主席团 as the presidium of the one session the article names (sina/0022)', () => {
    const parsed = articleOf('标题', [
      '十三届全国人大五次会议8日上午在北京人民大会堂举行第二次全体会议。',
      '会议由大会主席团常务主席、执行主席王晨主持。',
    ]);
    const presidium = extractBodies(parsed, { jurisdiction: null }).find((body) => body.name.endsWith('主席团'));
    expect(presidium).toEqual({
      name: '十三届全国人大五次会议主席团',
      aka: ['第十三届全国人民代表大会第五次会议主席团', '大会主席团'],
    });
  });

  it('reads a bare 常务委员会 in an article about one CPPCC session as 全国政协常务委员会 (xwlb 20230308-03, 20200519-03)', () => {
    const session = '政协第十四届全国委员会第一次会议主席团常务主席会议第一次会议8日下午在北京举行。';
    const report = articleOf('标题', [session, '会议审议并原则通过了政协第十四届全国委员会第一次会议关于常务委员会工作报告的决议（草案）。']);
    expect(extractBodies(report, { jurisdiction: null }).find((body) => body.name === '全国政协常务委员会')).toEqual({
      name: '全国政协常务委员会',
      aka: ['全国政协常委会', '常务委员会'],
    });
    const its = articleOf('标题', [session, '政协全国委员会及其常务委员会坚持以习近平新时代中国特色社会主义思想为指导。']);
    expect(extractBodies(its, { jurisdiction: null }).map((body) => body.name)).toContain('全国政协常务委员会');
    // The end of a longer name, and an article naming no session, give no such body.
    const named = articleOf('标题', ['政协第十三届全国委员会常务委员会第十次会议19日在京闭幕。']);
    expect(extractBodies(named, { jurisdiction: null }).map((body) => body.name)).not.toContain('全国政协常务委员会');
  });

  it('takes no body from members, departments of any government or local committees in general (xwlb 20190920-00, 20180706-00, 20170719-00, 20140923-03)', () => {
    expect(bodyNames('要引导港澳委员支持特别行政区政府和行政长官依法施政。')).not.toContain('香港特别行政区委');
    expect(bodyNames('会议强调，各级财政部门要聚焦军民融合发展重点领域。')).toEqual([]);
    expect(bodyNames('地方党委主要负责同志要当好地方改革领头人。')).toEqual([]);
    expect(bodyNames('部分高校党委负责同志参加会议。')).toEqual(['高校党委']);
    expect(bodyNames('习近平同俄罗斯总统普京举行会谈。')).toEqual([]);
    const hongKong = articleOf('標題', ['行會今日舉行會議。']);
    expect(extractBodies(hongKong, { jurisdiction: '香港特别行政区' }).map((body) => body.name)).toEqual(['行政会议']);
  });

  it('names a CPPCC session and its organs as the article writes the session (xwlb 20230308-03, 20210308-05)', () => {
    const full = articleOf('[视频]全国政协十四届一次会议主席团常务主席会议举行第一次会议', [
      '央视网消息（新闻联播）：政协第十四届全国委员会第一次会议主席团常务主席会议第一次会议8日下午在北京举行。',
    ]);
    const ctx = inferContext(full);
    expect(resolveBody('全国政协十四届一次会议主席团常务主席会议', ctx)?.name).toBe(
      '政协第十四届全国委员会第一次会议主席团常务主席会议',
    );
    const short = articleOf('[视频]全国政协十三届四次会议举行视频会议', ['央视网消息（新闻联播）：全国政协十三届四次会议8日上午举行视频会议。']);
    expect(resolveBody('全国政协十三届四次会议', inferContext(short))?.name).toBe('全国政协十三届四次会议');
  });

  it('reads both forms of a CPPCC standing committee of one term as one body (xwlb 20151106-11)', () => {
    const parsed = articleOf('[视频]全国政协十二届常委会第十三次会议开幕', [
      '央视网消息（新闻联播）：政协十二届全国委员会常务委员会第十三次会议6号上午在京开幕。',
      '主要议题是学习贯彻中共十八届五中全会精神。',
    ]);
    expect(extractBodies(parsed, { jurisdiction: null })).toEqual([
      {
        name: '政协十二届全国委员会常务委员会',
        aka: ['政协第十二届全国委员会常务委员会', '全国政协十二届常委会', '中国人民政治协商会议第十二届全国委员会常务委员会'],
      },
    ]);
  });

  it('starts a head-noun name at its leftmost place or name-start word (seeds/000, xwlb 20121209-01, 20180907-02)', () => {
    expect(bodyNames('要从严从紧执行首都严格进京管理联防联控协调机制防疫规定。', '北京市')).toEqual(['首都严格进京管理联防联控协调机制']);
    expect(bodyNames('央视网消息(新闻联播)：中国和哈萨克斯坦合作委员会第六次会议当地时间8日在阿斯塔纳举行。', '北京市')).toEqual([
      '中国和哈萨克斯坦合作委员会',
    ]);
    expect(bodyNames('特别是28个国家和非盟委员会同中方签署共建“一带一路”合作文件。', '北京市')).toEqual(['非盟委员会']);
  });

  it('does not read 大省政府 as a province government (sina/0030)', () => {
    const parsed = articleOf('李克强主持召开经济大省政府主要负责人经济形势座谈会', ['广东省委书记李希出席。']);
    expect(extractBodies(parsed, { jurisdiction: '广东省' }).map((body) => body.name)).toEqual(['广东省委']);
  });

  it('reads Traditional script (hkcnews 19917) and keeps evidence offsets', () => {
    const sentence = '他作為議事規則委員會委員，會在會議提出修改議規。';
    const parsed = articleOf('標題', [sentence]);
    const [body] = findBodies(parsed, { jurisdiction: '香港特别行政区' });
    expect(body!.name).toBe('议事规则委员会');
    expect(body!.aka).toEqual(['立法会议事规则委员会', '議事規則委員會']);
    expect(body!.evidence).toEqual([{ sentence, start: 3, end: 3 + sentence.length }]);
  });

  it('reads a Hong Kong party without a head noun in a Hong Kong article, not elsewhere (hkcnews 19917)', () => {
    const sentence = '議會陣線毛孟靜提出，對今天開會安排存有疑慮，希望秘書處澄清。';
    expect(extractBodies(articleOf('標題', [sentence]), { jurisdiction: '香港特别行政区' })).toEqual([
      { name: '议会阵线', aka: ['議會陣線'] },
    ]);
    expect(extractBodies(articleOf('標題', [sentence]), BEIJING)).toEqual([]);
  });

  it('reads 中央 standing alone in a Hong Kong article as the Central People’s Government (hkcnews 29062)', () => {
    const sentence = '回顧過去半年，內會究竟發生了甚麼事？中央出聲後，建制派可以如何出招？';
    expect(extractBodies(articleOf('標題', [sentence]), { jurisdiction: '香港特别行政区' })).toEqual([
      { name: '内务委员会', aka: ['内会', '立法会内务委员会', '內會'] },
      { name: '中央人民政府', aka: ['中央政府', '中央'] },
    ]);
  });

  it('knows people’s organizations, democratic parties, national offices and foreign legislatures by their short forms (xwlb 2022-12-13, 2019-11-22, 2023-07-10, 2014-11-08)', () => {
    expect(bodyNames('全国政协副主席、台盟中央主席苏辉代表台盟中央致贺词，中国侨联主席万立骏代表各人民团体致贺词。')).toEqual([
      '全国政协', '台盟中央', '中华全国归国华侨联合会',
    ]);
    expect(bodyNames('国务院安委会22日召开全国安全生产电视电话会议。')).toEqual(['国务院安全生产委员会']);
    expect(bodyNames('全国人大常委会委员长赵乐际10日在北京与俄罗斯联邦委员会主席马特维延科举行会谈')).toEqual([
      '全国人民代表大会常务委员会', '俄罗斯联邦委员会',
    ]);
    expect(bodyNames('联合国亚太经社会执行秘书阿赫塔尔')).toEqual(['联合国亚洲及太平洋经济社会委员会']);
  });

  it('reads a name on from a body of the table past the stop words inside it (xwlb 2013-11-21, UN committees)', () => {
    expect(bodyNames('中国民主同盟第十一届中央委员会第二次全体会议今天在北京开幕。')).toEqual(['中国民主同盟第十一届中央委员会']);
    expect(bodyNames('联合国禁止酷刑委员会审议中国报告')).toEqual(['联合国禁止酷刑委员会']);
  });

  it('takes a head noun after a determiner for a kind of body, unless a place or a name start names it (xwlb 2019-01-11, M)', () => {
    expect(bodyNames('各地区各部门党委（党组）要履行主体责任，各级政府党组和各部门党组（党委）要落实。')).toEqual([]);
    expect(bodyNames('确定了上述专门委员会组成人员的正式人选名单')).toEqual([]);
    expect(bodyNames('推动共建“一带一路”倡议同各国发展战略及欧亚经济联盟对接')).toEqual(['欧亚经济联盟']);
    expect(bodyNames('全国人大加入各国议会联盟40周年纪念活动')).toEqual(['全国人民代表大会', '各国议会联盟']);
  });

  it('ends a body name at a verb or a conjunction of Hong Kong news (hkcnews 20326, 7684, 20399)', () => {
    expect(bodyNames('我們嚴厲譴責秘書處的做法，而法案委員會未能選出主席', '香港特别行政区')).toEqual(['法案委员会']);
    expect(bodyNames('阻止建制派或議事規則委員會修改議事規則', '香港特别行政区')).toEqual(['议事规则委员会']);
    expect(bodyNames('獨立監察警方處理投訴委員會今日發表報告', '香港特别行政区')).toEqual(['独立监察警方处理投诉委员会']);
  });

  it('gives a head-noun name in a list of bodies the owner of the list’s first body (xwlb 2023-03-12)', () => {
    expect(bodyNames('会议表决通过了十四届全国人大民族委员会、宪法和法律委员会、外事委员会、华侨委员会组成人员名单')).toEqual([
      '全国人民代表大会民族委员会',
      '全国人民代表大会宪法和法律委员会',
      '全国人民代表大会外事委员会',
      '全国人民代表大会华侨委员会',
    ]);
  });

  it('reads a CPPCC term before a meeting of its officers, not a bare 全国委员会 (xwlb 2025-06-20)', () => {
    expect(bodyNames('政协第十四届全国委员会第三十七次主席会议20日在京召开。')).toEqual(['政协第十四届全国委员会']);
  });

  it('reads no body of the article’s own division in a level word after 区, 个 or 省 (xwlb 2019-09-20, 2022-05-18)', () => {
    expect(bodyNames('各省区市政协、统战部要做好工作', '北京市')).toEqual([]);
    expect(bodyNames('东北地区12个省政府负责人参加会议', '云南省')).toEqual([]);
    expect(bodyNames('市政协召开会议', '北京市')).toEqual(['北京市政协']);
  });

  it('reads no central bank inside 個人行為 or 誰人行使 (hkcnews 24485, 43797)', () => {
    expect(bodyNames('又指無論誰人行使暴力，都是個人行為。', '香港特别行政区')).toEqual([]);
  });

  it('names a special administrative region’s government without 人民 (hkcnews 25626, 10295)', () => {
    expect(bodyNames('在剛舉行的澳門慶祝回歸20週年暨新一屆澳門特區政府就職典禮上', '香港特别行政区')).toEqual(['澳门特别行政区政府']);
    expect(bodyNames('香港政府和澳門政府', '香港特别行政区')).toEqual(['香港特别行政区政府', '澳门特别行政区政府']);
  });

  it('names Legislative Council committees, the pro-democracy caucus and a government called after its chief (hkcnews 19917, 27212)', () => {
    const caucus = '民主派會議召集人毛孟靜指，是次會議與恒常的工務小組會議重疊，違反立法會內務守則24B。';
    expect(extractBodies(articleOf('標題', [caucus]), { jurisdiction: '香港特别行政区' }).map((body) => body.name)).toEqual([
      '民主派会议',
      '工务小组委员会',
      '香港特别行政区立法会',
    ]);
    const government = '抗疫失誤暴露了林鄭政府的無德無能，公民社會正好爭取更多香港人。';
    expect(extractBodies(articleOf('標題', [government]), { jurisdiction: '香港特别行政区' }).map((body) => body.name)).toEqual([
      '香港特别行政区政府',
    ]);
  });

  it('names Hong Kong departments and district councils, not every district council at once (hkcnews 41767, 19241)', () => {
    expect(bodyNames('警務處處長鄧炳強出席灣仔區議會會議，警方正與律政司研究下一步行動。', '香港特别行政区')).toEqual(['香港警务处', '湾仔区议会', '律政司']);
    expect(bodyNames('區議會選舉將於年底舉行。', '香港特别行政区')).toEqual([]);
  });

  it('ends a body name at the verb before it (hkcnews 19241: 建制派啟動調查委員會, 尊重資格審查委員會決定)', () => {
    expect(bodyNames('建制派啟動調查委員會，但說尊重資格審查委員會決定。', '香港特别行政区')).toEqual(['调查委员会', '资格审查委员会']);
  });

  it('reads a national body of the table after a foreign country as that country’s (xwlb 2026-04-18: 伊朗外交部; 美国国务院)', () => {
    expect(bodyNames('伊朗外交部发言人巴加埃17日称，美国国务院政策规划室当天回应。')).toEqual(['伊朗外交部', '美国国务院']);
    expect(bodyNames('外交部发言人华春莹表示。')).toEqual(['外交部']);
  });

  it('starts a leading group’s name at its task verb and keeps a quoted word in it (xwlb 2022-02-24, 2021-08-25, 2019-01-10)', () => {
    expect(bodyNames('韩正24日主持召开推进“一带一路”建设工作领导小组全体会议。')).toEqual(['推进“一带一路”建设工作领导小组']);
    expect(bodyNames('韩正主持召开推进海南全面深化改革开放领导小组全体会议。')).toEqual(['推进海南全面深化改革开放领导小组']);
    expect(bodyNames('韩正1日主持召开推动长江经济带发展领导小组会议。')).toEqual(['推动长江经济带发展领导小组']);
    // Other bodies do not start at such a verb, nor take in a quoted word.
    expect(bodyNames('推动党委落实主体责任，跨国“人蛇”集团被捣毁。')).toEqual([]);
  });

  it('names ministries by their short forms and 书记处 in a title, not in 书记处理 (xwlb 2016-11-07, 2019-09-20, 2024-12-20)', () => {
    expect(bodyNames('新任命的国家安全部部长陈文清、民政部部长黄树贤跟诵誓词。')).toEqual(['国家安全部', '民政部']);
    expect(bodyNames('在京中共中央政治局委员、书记处书记出席大会。')).toEqual(['中共中央政治局', '中共中央书记处']);
    expect(bodyNames('国家发展改革委、住房城乡建设部、人力资源社会保障部负责同志参加。')).toEqual([
      '国家发展和改革委员会', '住房和城乡建设部', '人力资源和社会保障部',
    ]);
    expect(bodyNames('各省区市和新疆生产建设兵团有关负责同志参加会议。')).toEqual(['新疆生产建设兵团']);
    expect(bodyNames('县委书记处理群众来信。')).toEqual([]);
  });

  it('ends a body name at a verb or a classifier before it (terminus2049: 她顺利应聘万科集团, 这类生鲜类公司, 加强党组自身建设)', () => {
    expect(bodyNames('她顺利应聘万科集团，他们控诉物业公司。')).toEqual(['万科集团', '物业公司']);
    // xwlb R: verbs of policy prose
    expect(bodyNames('要全面形成党委领导、政府负责的工作格局，强化党委(党组)书记第一责任人的责任')).toEqual([]);
    // 这类 makes it a kind of company, none in particular
    expect(bodyNames('这类生鲜类公司要加强党组自身建设。')).toEqual([]);
  });

  it('names the congress’s committees by their short forms, international bodies, and ministries by the name of their day (xwlb)', () => {
    expect(bodyNames('会议听取了宪法法律委主任委员李飞、环资委主任委员高虎城分别作的报告。')).toEqual([
      '全国人民代表大会宪法和法律委员会', '全国人民代表大会环境与资源保护委员会',
    ]);
    expect(bodyNames('联合国秘书长和国际货币基金组织总裁出席。')).toEqual(['联合国', '国际货币基金组织']);
    expect(bodyNames('农业部、教育部、国家林业局等负责人参加。')).toEqual(['农业部', '教育部', '国家林业局']);
  });

  it('reads a ministry’s short form after a division as that division’s department (sina/0143: 西安市统计局)', () => {
    expect(bodyNames('8月23日，西安市统计局发布1-7月经济运行情况，北京市卫健委通报疫情。')).toEqual(['西安市统计局', '北京市卫健委']);
    expect(bodyNames('国家统计局发布数据。')).toEqual(['国家统计局']);
  });

  it('ends a body name at 未清楚, 大多數, 係 and other words of Hong Kong sentences, and reads 南韓 as a country (hkcnews 19241, 20213, 9182)', () => {
    expect(bodyNames('表示未清楚法案委員會今早的情況，呢個係內務委員會的議決。', '香港特别行政区')).toEqual(['法案委员会', '内务委员会']);
    expect(bodyNames('南韓外交部今日回應。', '香港特别行政区')).toEqual(['南韩外交部']);
  });

  it('names universities and Hong Kong public bodies, their short forms only in Hong Kong news (hkcnews 9738)', () => {
    expect(bodyNames('浸大周四中午召開閉門會議，港大應公開資料。', '香港特别行政区')).toEqual(['香港浸会大学', '香港大学']);
    expect(bodyNames('反送中大遊行，全港大混亂，其中大多數為民主派。', '香港特别行政区')).toEqual([]);
    expect(bodyNames('北京大学和清华大学的学者参加。')).toEqual(['北京大学', '清华大学']);
  });

  it('starts a body found by its head after 透过, 当时, 一家 and other words that end no name (hkcnews 30007)', () => {
    const parsed = articleOf('標題', ['三月下旬透過立法會秘書處索取外間法律意見，當時一家公司亦有回應。']);
    expect(extractBodies(parsed, { jurisdiction: '香港特别行政区' }).map((body) => body.name)).toEqual(['立法会秘书处']);
  });

  it('does not take 党组织 or 民主党派 for bodies', () => {
    const parsed = articleOf('标题', ['要充分发挥基层党组织战斗堡垒作用，各民主党派积极参与。']);
    expect(extractBodies(parsed, BEIJING)).toEqual([]);
  });

  it('keeps apart bodies of one kind in different places (xwlb 20180214-00: 自治区党委 is no short form of a 镇党委)', () => {
    const parsed = articleOf('[视频]习近平在打好精准脱贫攻坚战座谈会上强调', [
      '宁夏回族自治区党委书记石泰峰、新疆维吾尔自治区党委书记陈全国参加并提供书面发言；广西崇左市龙州县金龙镇党委书记黎峰发言。',
    ]);
    expect(extractBodies(parsed, inferContext(parsed)).map((body) => body.name)).toEqual([
      '宁夏回族自治区党委',
      '新疆维吾尔自治区党委',
      '广西崇左市龙州县金龙镇党委',
    ]);
  });

  it('does not take one word of the sentence before a head noun for a name (terminus2049: 这个公司, 那些公司)', () => {
    const parsed = articleOf('标题', [
      '再者，如果说这个公司的没有反性骚扰机制，或者投诉渠道不畅通。',
      '那些公司、品牌、企业，他们把我们当成算法。',
    ]);
    expect(extractBodies(parsed, { jurisdiction: null })).toEqual([]);
  });

  it('reads a standing committee of a local party committee (召开省委常委会) as a body of its own (terminus2049 2020-02-12)', () => {
    const parsed = articleOf('标题', ['往上看，2月3日湖北召开省委常委会时，湖北省委两次表示深刻反思。']);
    expect(extractBodies(parsed, inferContext(parsed)).map((body) => body.name)).toEqual(['湖北省委常委会', '湖北省委']);
  });

  it('ends a name at 通报 before it (terminus2049 2018-11-13)', () => {
    const parsed = articleOf('标题', ['昨晚发布的《泉州市政府新闻办通报福建东港石油化工实业有限公司码头化学品泄漏事件及处置情况》中。']);
    expect(extractBodies(parsed, inferContext(parsed)).map((body) => body.name)).toContain('福建东港石油化工实业有限公司');
  });
});

describe('resolveBody and bodyOfTitle', () => {
  it('resolves aliases and context-dependent forms', () => {
    expect(resolveBody('国家卫健委', BEIJING)?.name).toBe('国家卫生健康委员会');
    expect(resolveBody('市委', BEIJING)).toEqual({
      name: '北京市委',
      kind: 'party-committee',
      aka: ['中共北京市委', '中共北京市委员会'],
    });
    expect(resolveBody('区委', CHAOYANG)?.aka).toEqual(['中共朝阳区委', '中共北京市朝阳区委', '中共朝阳区委员会', '中共北京市朝阳区委员会']);
    expect(resolveBody('市委', CHAOYANG)?.name).toBe('北京市委');
    expect(resolveBody('蔡奇', BEIJING)).toBeNull();
  });

  it('finds the body a title is held in', () => {
    expect(bodyOfTitle('市委副书记', BEIJING)?.name).toBe('北京市委');
    expect(bodyOfTitle('市长', BEIJING)).toEqual({ name: '北京市人民政府', kind: 'government', aka: ['北京市政府'] });
    expect(bodyOfTitle('代区长', CHAOYANG)?.name).toBe('朝阳区人民政府');
    expect(bodyOfTitle('国家卫健委副主任', BEIJING)?.name).toBe('国家卫生健康委员会');
    expect(bodyOfTitle('市人大常委会主任', BEIJING)?.name).toBe('北京市人大常委会');
    expect(bodyOfTitle('中共中央政治局常委', { jurisdiction: null })?.name).toBe('中共中央政治局');
  });
});
