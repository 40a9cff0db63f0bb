import { describe, expect, it } from 'vitest';
import { extractLexicon } from '../../src/extract/lexicon.js';
import { NameBook } from '../../src/extract/names.js';
import { findPeople } from '../../src/extract/people.js';

/** findPeople reads the Simplified view of the text: Traditional sentences are given here simplified. */
const people = (simplified: string) => {
  const lex = extractLexicon();
  return [...new Set(findPeople(lex, new NameBook(lex), simplified).map((span) => span.name))];
};

describe('findPeople', () => {
  it('reads a transliterated name before a postposed title, not a country (xwlb 2012)', () => {
    expect(people('两国隆重庆祝建交20周年，纳扎尔巴耶夫总统成功访华，中哈总理定期会晤机制正式启动。')).toEqual(['纳扎尔巴耶夫']);
    expect(people('哈萨克斯坦总统访华。')).toEqual([]);
  });
  it('reads short and long transliterated names after a foreign title or before one (xwlb 2016-09-09, 2014-11-08, 2019-08-28)', () => {
    expect(people('老挝总理通伦主持会议。')).toEqual(['通伦']);
    expect(people('他们是：缅甸总统登盛、蒙古总统额勒贝格道尔吉。')).toEqual(['登盛', '额勒贝格道尔吉']);
    expect(people('习近平请阿里波夫转达对米尔济约耶夫总统的诚挚问候。')).toEqual(['米尔济约耶夫', '习近平']);
  });
  it('reads a name before 問及 or 詢問, not one that 疑問 runs across (hkcnews 26294)', () => {
    expect(people('海滨区议员岑敖晖问及元朗7.21事件。起码邀请当事人出席会议、解答疑问及提供资料。')).toEqual(['岑敖晖']);
  });
  it('reads a name after 律师, and a foreign leader before 通电话 (hkcnews 20344, 28683)', () => {
    expect(people('代表申请人的是资深大律师翟绍唐；律师费约十万元。')).toEqual(['翟绍唐']);
    expect(people('国务院总理李克强应约与德国总理默克尔通电话。')).toEqual(['默克尔', '李克强']);
  });
  it('takes no name that 关于 runs across, nor a verb after a title (xwlb 2023-03-11, 2013-10-22)', () => {
    expect(people('国务院总理李强关于国务院其他组成人员人选的提名信')).toEqual(['李强']);
    expect(people('主持人宣布：会议开始。习近平主席和普京总统宣布，两国关系进入新时代。')).toEqual(['习近平', '普京']);
  });
  it('takes no known name that a word runs across (hkcnews 21413: 如何維穩, 36466: 周強調視乎情況)', () => {
    expect(people('相信真相的人根本不会看CCTVB，任你们如何维稳也没有用，反正你们的新闻根本没有人会信')).toEqual([]);
    expect(people('是否可支援较新型号的iPhone电话，周强调视乎情况，表示要「实实在在拎部机嚟」才知道能否截取资料')).toEqual([]);
    expect(people('全国人大常委会副委员长何维出席会议。')).toEqual(['何维']);
  });
  it('takes no adverb after a name for part of it, in a list or before a verb (terminus2049 2018-11-16, 2018-04-23, hkcnews 45381)', () => {
    expect(people('（文中管国忠、谢宝堂、巩玉林、王德栓、胡廷贵、江小梅、刘明丽皆为化名）')).toEqual([
      '管国忠', '谢宝堂', '巩玉林', '王德栓', '胡廷贵', '江小梅', '刘明丽',
    ]);
    expect(people('岳昕则表示，在得到回复的同时，老师们也略带威胁地同她聊天。')).toEqual([]);
    // hkcnews 17955: 林鄭即會見李慧琼
    expect(new NameBook(extractLexicon()).isName('林郑即', 'listed')).toBe(false);
    expect(people('这个公园前身是影视文化产业园，张艺谋、章子怡、黄晓明、郑爽以及周冬雨等曾经用这里的地址设立工作室')).toEqual([
      '张艺谋', '章子怡', '黄晓明', '郑爽', '周冬雨',
    ]);
    expect(people('制作组成员包括本人、郭达俊、张结凤、杨健兴、陈伯添以及林祺娟。')).toEqual([
      '郭达俊', '张结凤', '杨健兴', '陈伯添', '林祺娟',
    ]);
    expect(people('新闻发布会上，杨星海则表示，将继续推进。')).toEqual(['杨星海']);
  });
  it('reads no name in words a surname starts, nor in an office after a surname (hkcnews 32474, xwlb 2012)', () => {
    expect(people('这样胡总书记与温总理联袂谱写了新篇章。')).toEqual([]);
    expect(people('那些声称南方系记者的人，容易相信。')).toEqual([]);
    expect(people('罗轩还表示，许多农民工单位都在观望。')).toEqual([]);
  });
  it('reads the surnames 洪, 赖 and 丘 (xwlb 20230823-05, 2020-11-10)', () => {
    expect(people('赖明常委建议，加强工业软件基础研究。洪慧民常委代表民建中央发言提出，加快建设。')).toEqual(['赖明', '洪慧民']);
  });
  it('reads no name in a word after a title, nor across 北韩 (hkcnews 12528, 26400)', () => {
    expect(people('可否评论现届特首施政、是否值得加大在香港的投资')).toEqual([]);
    expect(people('认为北韩正深度思考战略转型，彻底寻觅新的道路')).toEqual([]);
  });
  it('reads a transliterated name of any length after the title of a country named before it (xwlb 2015-09-27, 2026-04-18, 2014-10-09)', () => {
    expect(people('南非总统祖马、埃及总统塞西、赞比亚总统伦古、乌干达总统穆塞韦尼等出席。')).toEqual(['祖马', '塞西', '伦古', '穆塞韦尼']);
    expect(people('美国总统特朗普当天在社交媒体上发文称。')).toEqual(['特朗普']);
    expect(people('应德意志联邦共和国总理默克尔、俄罗斯联邦政府总理梅德韦杰夫邀请')).toEqual(['默克尔', '梅德韦杰夫']);
    // No country before the title, or a run of characters that runs on into a word: no foreign name.
    expect(people('公司总经理加尼表示满意。')).toEqual([]);
  });
  it('reads 声称 as a verb of speech and 先生, 同学 as no name (terminus2049 2018-04-20)', () => {
    expect(people('文件声称，学校已经处理。陶曾声称他没有收到。')).toEqual([]);
    expect(people('张同学声称，曾先生表示不知情。')).toEqual([]);
  });
  it('reads a name before a weekday, 建议 or an adverb, not the 上 of 上周 (hkcnews 9182, 12528)', () => {
    expect(people('南韩统一部部长赵明均建议两韩高层会议在下周举行。')).toEqual(['赵明均']);
    expect(people('南韩总统尹锡悦周二（2日）会见了他。')).toEqual(['尹锡悦']);
    expect(people('发言人陈家珮上周三表示不评论。')).toEqual(['陈家珮']);
  });
  it('reads names after 国王 and 外长 (xwlb F: 沙特国王萨勒曼主持峰会)', () => {
    expect(people('今年二十国集团主席国沙特国王萨勒曼主持峰会，伊朗外长扎里夫出席。')).toEqual(['萨勒曼', '扎里夫']);
  });
  it('reads 王晨为大会秘书长 (xwlb 2019)', () => {
    expect(people('大会主席团由176人组成，王晨为大会秘书长。')).toEqual(['王晨']);
  });
  it('reads 张军 after a title, though 军 ends bodies (sina 0022)', () => {
    expect(people('最高人民检察院检察长张军在最高人民检察院工作报告中指出，2021年，最高人民检察院更加自觉融入国家治理。')).toEqual([
      '张军',
    ]);
  });
  it('reads no name inside a dotted name nor across a title head (xwlb 2019, sina 0022)', () => {
    expect(people('全国人大常委会副委员长吉炳轩、艾力更·依明巴海、万鄂湘、陈竺出席会议。')).not.toContain('明巴海');
    expect(people('大会主席团常务主席、执行主席王君正、尹弘、刘宁、许其亮在主席台就座。')).toEqual(['王君正', '尹弘', '刘宁', '许其亮']);
  });
  it('reads Hong Kong party members before verbs of speech, lists closed by 及, clause openers (hkcnews 19917)', () => {
    expect(people('工联会黄国健批评涂谨申利用主持会议的机会拉布。民建联葛珮帆形容涂为「小丑式主持会议方式」。')).toEqual([
      '黄国健',
      '葛珮帆',
      '涂谨申',
    ]);
    expect(people('其后会议继续，22位议员排队发言，其中大多数为民主派，建制派只有叶刘淑仪、陈克勤及姚思荣。')).toEqual([
      '叶刘淑仪',
      '陈克勤',
      '姚思荣',
    ]);
    expect(people('其间区诺轩提出，涂误把张国钧的名字错读成张国「昆」。')).toEqual(['区诺轩', '张国钧']);
  });
  it('finds public figures the names lexicon lists, written in either script, wherever they stand (hkcnews 27212, 19917)', () => {
    expect(people('《苹果日报》揭发林郑月娥向北京打小报告。林郑和中联办主任骆惠宁都声称抗疫应该只讲科学。')).toEqual([
      '林郑月娥',
      '骆惠宁',
    ]);
    expect(people('林卓廷解释期间，张宇人加入：「与其拖拖拉拉，不如休会。」何君尧在座位上大喊。')).toEqual(['林卓廷', '张宇人', '何君尧']);
  });
  it('reads two names joined by 、 when one is known (hkcnews 20518)', () => {
    expect(people('民主派议会阵线毛孟静提出疑虑。毛孟静、许智峯在其中一个电梯口等到建制派议员出现。')).toEqual(['毛孟静', '许智峯']);
  });
  it('does not read 郭其后 or 涂再 as names (hkcnews 19917)', () => {
    expect(people('郭其后称他有可能是首个被逐离场的建制派议员。')).toEqual([]);
    expect(people('涂再追问，郭称：「我系叫你唔好扮垃圾」。')).toEqual([]);
  });
  it('reads no word as a name after a surname that is also a function word (xwlb 2018: 都具有; 关于)', () => {
    expect(people('两院院士大会，都具有重要意义。关于做好工作的意见，王沪宁指出。')).toEqual(['王沪宁']);
  });
});
