import { describe, expect, it } from 'vitest';
import { extractLexicon } from '../../src/extract/lexicon.js';
import { NameBook } from '../../src/extract/names.js';
import { parseParticipantList } from '../../src/extract/participants.js';

const read = (segment: string) => {
  const lex = extractLexicon();
  const list = parseParticipantList(lex, new NameBook(lex), segment);
  return { complete: list.complete, people: list.people.map((p) => [p.name, p.titles]) };
};

describe('parseParticipantList', () => {
  it('reads two groups of a list joined by 等以及, as a partial list (xwlb E: …伍跃时等以及专家学者苑鹏、王贵满等)', () => {
    expect(read('全国政协委员陈锡文、朱保成、李晓东、伍跃时等以及专家学者苑鹏、王贵满等')).toEqual({
      complete: false,
      people: [
        ['陈锡文', ['全国政协委员']],
        ['朱保成', ['全国政协委员']],
        ['李晓东', ['全国政协委员']],
        ['伍跃时', ['全国政协委员']],
        ['苑鹏', ['专家学者']],
        ['王贵满', ['专家学者']],
      ],
    });
  });

  it('splits titles at 、 and finds the name after the last title (seed 000)', () => {
    expect(read('市委副书记、市长、防控工作领导小组副组长陈吉宁，市委副书记、防控工作领导小组副组长张延昆').people).toEqual([
      ['陈吉宁', ['市委副书记', '市长', '防控工作领导小组副组长']],
      ['张延昆', ['市委副书记', '防控工作领导小组副组长']],
    ]);
  });
  it('reads 文献 as a name after a title, and 等 as a partial list (seed 003)', () => {
    expect(read('区委书记、区疫情防控工作领导小组组长文献').people).toEqual([['文献', ['区委书记', '区疫情防控工作领导小组组长']]]);
    expect(read('区委副书记、代区长吴小杰，区人大常委会主任陈宏志，区政协主席王旭等')).toEqual({
      complete: false,
      people: [['吴小杰', ['区委副书记', '代区长']], ['陈宏志', ['区人大常委会主任']], ['王旭', ['区政协主席']]],
    });
  });
  it('gives one title to a group of names (sina 0010)', () => {
    expect(read('中共中央政治局常委、中央全面深化改革委员会副主任李克强、王沪宁、韩正').people).toEqual(
      ['李克强', '王沪宁', '韩正'].map((n) => [n, ['中共中央政治局常委', '中央全面深化改革委员会副主任']]),
    );
  });
  it('reads names with a middle dot and a new title after a comma (xwlb 2019)', () => {
    const { people } = read('全国人大常委会副委员长吉炳轩、艾力更·依明巴海、万鄂湘，秘书长杨振武');
    expect(people).toEqual([
      ['吉炳轩', ['全国人大常委会副委员长']],
      ['艾力更·依明巴海', ['全国人大常委会副委员长']],
      ['万鄂湘', ['全国人大常委会副委员长']],
      ['杨振武', ['秘书长']],
    ]);
  });
  it('strips the date and the dateline around the list (sina 0010, seed 004)', () => {
    expect(read('新华社北京2月28日电 中共中央总书记、国家主席、中央军委主席、中央全面深化改革委员会主任习近平2月28日下午').people).toEqual([
      ['习近平', ['中共中央总书记', '国家主席', '中央军委主席', '中央全面深化改革委员会主任']],
    ]);
    expect(read('中共北京市委书记蔡奇昨天').people).toEqual([['蔡奇', ['中共北京市委书记']]]);
  });
  it('reads 由…主持 and a shared title joined by 和 (xwlb 2012)', () => {
    expect(read('会议由委员会双方主席国务院副总理王岐山和哈萨克斯坦副总理克林别托夫共同').people).toEqual([
      ['王岐山', ['委员会双方主席', '国务院副总理']],
      ['克林别托夫', ['委员会双方主席', '哈萨克斯坦副总理']],
    ]);
  });
  it('reads a title after the name (sina 0022: 栗战书委员长; xwlb 2021: 吕红兵委员发言说)', () => {
    expect(read('受全国人大常委会委托，栗战书委员长').people).toEqual([['栗战书', ['委员长']]]);
    expect(read('曹卫星委员代表民盟中央').people).toEqual([['曹卫星', ['委员']]]);
  });
  it('takes the names before 等 and drops the descriptor after it (sina 0014)', () => {
    expect(read('会上，杨志勇、管涛等专家和中国物流集团、中国农业生产资料集团、青岛创新奇智公司负责人')).toEqual({
      complete: false,
      people: [['杨志勇', []], ['管涛', []]],
    });
  });
  it('finds no one where the text names only an office (sina 0010, 0022)', () => {
    expect(read('中央全面深化改革委员会委员').people).toEqual([]);
    expect(read('会议应出席代表2951人，').people).toEqual([]);
  });
});

describe('parseParticipantList: list ends', () => {
  it('leaves the clause describing a visit out of the title (xwlb: 来华进行国事访问的印度尼西亚总统普拉博沃)', () => {
    expect(read('来华进行国事访问的印度尼西亚总统普拉博沃').people).toEqual([['普拉博沃', ['印度尼西亚总统']]]);
    expect(read('中央党的建设工作领导小组组长蔡奇').people).toEqual([['蔡奇', ['中央党的建设工作领导小组组长']]]);
  });
  it('takes a bullet for a separator and starts a list after 论坛由 (hkcnews 28683, 22196)', () => {
    expect(read('◆中共中央总书记、国家主席习近平').people).toEqual([['习近平', ['中共中央总书记', '国家主席']]]);
    expect(read('论坛由港大法律学院副院长杨艾文').people).toEqual([['杨艾文', ['港大法律学院副院长']]]);
  });
  it('reads a dotted name after its title, not the title with it (xwlb 2019: 执行主席艾力更·依明巴海)', () => {
    expect(read('巴基斯坦总理伊姆兰·汗').people).toEqual([['伊姆兰·汗', ['巴基斯坦总理']]]);
    expect(read('了赛福鼎·艾则孜同志亲属').people).toEqual([]);
  });
  it('reads no holder in a group of members, and no clause with a date for a title (xwlb 2024-09-13, hkcnews 28676)', () => {
    expect(read('多位全国政协委员和专家')).toEqual({ complete: true, people: [] });
    expect(read('邱腾华今日稍后会与广播处长梁家荣').people).toEqual([]);
  });
  it('splits at 和 and drops an opening 以及, but keeps the 和 that ends a name (xwlb 2019-01-14, 2023-08-25)', () => {
    expect(read('国务院副总理韩正、孙春兰、胡春华、刘鹤和国务委员魏凤和、王勇').people).toEqual([
      ['韩正', ['国务院副总理']],
      ['孙春兰', ['国务院副总理']],
      ['胡春华', ['国务院副总理']],
      ['刘鹤', ['国务院副总理']],
      ['魏凤和', ['国务委员']],
      ['王勇', ['国务委员']],
    ]);
    expect(read('以及联合国秘书长古特雷斯').people).toEqual([['古特雷斯', ['联合国秘书长']]]);
  });
  it('starts a list after 开幕式由 and after 联同 (xwlb 2019-09-02, hkcnews 23139)', () => {
    expect(read('大会开幕式由中国红十字会会长陈竺').people).toEqual([['陈竺', ['中国红十字会会长']]]);
    expect(read('另外，她昨日下午联同民政事务局局长刘江华和教育局局长杨润雄').people).toEqual([
      ['刘江华', ['民政事务局局长']],
      ['杨润雄', ['教育局局长']],
    ]);
  });
  it('takes no clause with a verb for a title (hkcnews 30007: 梁君彥指定保險界議員、財委會主席陳健波主持)', () => {
    expect(read('立法会主席梁君彦指定保险界议员、财委会主席陈健波').people).toEqual([['陈健波', ['财委会主席']]]);
  });
  it('starts a list after 同 or after 由 behind a quoted title (xwlb 2026-03-28, hkcnews 12333)', () => {
    expect(read('同副总统马沙蒂莱共同').people).toEqual([['马沙蒂莱', ['副总统']]]);
    expect(read('而《薪火相传》由支联会常委叶伟强').people).toEqual([['叶伟强', ['支联会常委']]]);
  });
  it('reads no name ending in 访华 (hkcnews 28683: 人口部部長哈萊訪華)', () => {
    expect(read('人口部部长哈莱访华')).toEqual({ complete: true, people: [] });
  });
  it('reads no name in 全程, 单独 or a weekday before the verb (xwlb 2019-04-19, hkcnews 12778, 14951)', () => {
    expect(read('全程')).toEqual({ complete: true, people: [] });
    expect(read('单独')).toEqual({ complete: true, people: [] });
    expect(read('周三')).toEqual({ complete: true, people: [] });
  });
  it('reads 刚 as the end of a given name, not as "just" (xwlb 2020-10-30, 2012-08-24)', () => {
    expect(read('有关部门负责人王晓晖、江金权、韩文秀、宁吉喆、王志刚').people.map(([name]) => name)).toEqual([
      '王晓晖', '江金权', '韩文秀', '宁吉喆', '王志刚',
    ]);
    expect(read('中共中央政治局委员、全国政协副主席王刚').people).toEqual([['王刚', ['中共中央政治局委员', '全国政协副主席']]]);
  });
  it('does not take the verb 等到 for a partial list (hkcnews 20518)', () => {
    expect(read('毛孟静、许智峯在其中一个电梯口等到建制派议员出现，但建制派会议')).toEqual({ complete: true, people: [] });
  });
  it('splits back-to-back titles where the second starts with a place (中共中央政治局委员广东省委书记)', () => {
    expect(read('中共中央政治局委员广东省委书记李希').people).toEqual([['李希', ['中共中央政治局委员', '广东省委书记']]]);
  });
  it('takes a known name, or a name after 的, closing a clause that is no list (hkcnews 27212, 19917)', () => {
    expect(read('本月较早时， 《求是》发表 了习近平在2月3日中央政治局常委会议上的').people).toEqual([['习近平', []]]);
    expect(read('至于被指代表建制派角逐委员会主席一职的谢伟俊，今早有').people).toEqual([['谢伟俊', []]]);
  });
  it('strips a weekday after the name and reads no clause as a title (hkcnews 39586)', () => {
    expect(read('虽然如今已为特首的林郑月娥委派亲信、政策创新办前总监冯程淑仪担任西九署理行政总监，林郑周二').people).toEqual([
      ['林郑', []],
    ]);
  });

  it('reads a person written after the body they come from, with no title (xwlb 2022-01-21, 2021-01-22)', () => {
    expect(read('国务院发展中心余斌、全国工商联林泽炎、国家能源投资集团王祥喜、阿姨来了公司周袁红、BOSS直聘公司赵鹏等')).toEqual({
      complete: false,
      people: [['林泽炎', []], ['王祥喜', []], ['周袁红', []], ['赵鹏', []]],
    });
    expect(read('劳动和社会保障研究院莫荣、东方证券邵宇、申洲国际马建荣、树根互联贺东东、海螺集团高登榜等').people).toEqual([['高登榜', []]]);
  });

  it('reads no name where a body is followed by a place or a title (xwlb 2023-12-15, hkcnews 48583)', () => {
    expect(read('听取国家发展改革委和四川').people).toEqual([]);
    expect(read('1998-2003年为香港政策研究所董事').people).toEqual([]);
  });

  it('reads the 对 of 应对 as part of a title, not as a preposition ending the list (xwlb 2020-06-04)', () => {
    expect(read('4日，中共中央政治局常委、国务院总理、中央应对新冠肺炎疫情工作领导小组组长李克强').people).toEqual([
      ['李克强', ['中共中央政治局常委', '国务院总理', '中央应对新冠肺炎疫情工作领导小组组长']],
    ]);
  });

  it('strips a long 在…上 before the verb, but not across a space of a headline (xwlb 2019-01-11, 2025-05-15)', () => {
    expect(read('中共中央总书记、国家主席、中央军委主席习近平11日上午在中国共产党第十九届中央纪律检查委员会第三次全体会议上发表重要').people).toEqual([
      ['习近平', ['中共中央总书记', '国家主席', '中央军委主席']],
    ]);
    expect(read('[视频]李强在做强国内大循环工作推进会上强调 把做强国内大循环作为推动经济行稳致远的战略之举 丁薛祥').people).toEqual([['丁薛祥', []]]);
  });

  it('reads 等 with a count the names make up as a whole list (xwlb 2025-03-07, 2019-01-21)', () => {
    expect(read('会上，周刚、李东、丰艳、郑元林、崔道虎、刘树伟等6位代表').complete).toBe(true);
    expect(read('柳传志、张一鸣、李书福、雷军、王均金、崔根良、陈泽民、苏志刚等8位民营企业家代表').complete).toBe(true);
    expect(read('会上，周刚、李东等6位代表').complete).toBe(false);
  });

  it('reads a name starting with 向 inside a list, not as the preposition (xwlb 2016-04-25)', () => {
    expect(read('全国人大常委会副委员长吉炳轩、张平、向巴平措、艾力更·依明巴海、万鄂湘').people.map(([name]) => name)).toEqual([
      '吉炳轩', '张平', '向巴平措', '艾力更·依明巴海', '万鄂湘',
    ]);
  });

  it('reads a joining word inside a title when no name stands before it (xwlb 2020-11-10, 2021-10-25)', () => {
    expect(read('全国人大环境与资源保护委员会主任委员高虎城、农业与农村委员会副主任委员杜德印').people).toEqual([
      ['高虎城', ['全国人大环境与资源保护委员会主任委员']],
      ['杜德印', ['农业与农村委员会副主任委员']],
    ]);
    expect(read('阿尔及利亚驻华大使布哈利法').people).toEqual([['布哈利法', ['阿尔及利亚驻华大使']]]);
  });

  it('starts a list after 并与 (xwlb 2013-10-22)', () => {
    expect(read('并与新加坡副总理张志贤').people).toEqual([['张志贤', ['新加坡副总理']]]);
  });

  it('strips 代为 before the verb (hkcnews 43320: 會議由副主席張文龍代為主持)', () => {
    expect(read('会议由副主席张文龙代为').people).toEqual([['张文龙', ['副主席']]]);
  });

  it('strips a visit before the verb (xwlb 2019-07-19: 李克强到应急管理部考察并主持召开…)', () => {
    expect(read('7月19日，中共中央政治局常委、国务院总理李克强到应急管理部考察并').people).toEqual([
      ['李克强', ['中共中央政治局常委', '国务院总理']],
    ]);
  });

  it('gives a title after names joined by 和 to each, when many hold it alike (xwlb 2021-08-31)', () => {
    expect(read('郭庚茂和支树平常委').people).toEqual([['郭庚茂', ['常委']], ['支树平', ['常委']]]);
    expect(read('习近平和普京总统').people).toEqual([['习近平', []], ['普京', ['总统']]]);
  });

  it('reads the bodies before 等 as those of the group closing the list (xwlb Q6), and a title after 会谈由 (xwlb Q9)', () => {
    expect(read('国务院副总理何立峰，国家发展改革委、工业和信息化部、财政部、国管局等部门主要负责同志')).toEqual({
      complete: false,
      people: [['何立峰', ['国务院副总理']]],
    });
    expect(read('会谈由中国国家主席习近平').people).toEqual([['习近平', ['中国国家主席']]]);
  });

  it('reads a surname and one or two characters between names of a 、 list as a name (xwlb V: 张军、应勇, 张轩、胡和平)', () => {
    expect(read('马兴瑞、王毅、刘金国、王小洪、吴政隆、谌贻琴、张军、应勇、胡春华').people.map(([name]) => name)).toEqual([
      '马兴瑞', '王毅', '刘金国', '王小洪', '吴政隆', '谌贻琴', '张军', '应勇', '胡春华',
    ]);
    expect(read('大会执行主席于伟国、马逢国、张轩、胡和平、骆惠宁').people.map(([name]) => name)).toEqual([
      '于伟国', '马逢国', '张轩', '胡和平', '骆惠宁',
    ]);
    expect(read('与河北、福建、云南、青海').people).toEqual([]);
  });
});
