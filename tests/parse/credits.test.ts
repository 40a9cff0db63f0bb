import { describe, expect, it } from 'vitest';
import { creditLine, outletFromName, outletFromUrl, staffFromName, textCredits } from '../../src/parse/credits.js';

describe('creditLine', () => {
  it.each([
    ['来源：北京日报·识政', { origin: ['北京日报', '识政'], staff: [] }],
    ['来源 北京朝阳微信公众号', { origin: ['北京朝阳'], staff: [] }],
    ['责任编辑：梁斌 SF055', { origin: [], staff: [{ name: '梁斌', role: 'editor' }] }],
    ['责任编辑：王翔', { origin: [], staff: [{ name: '王翔', role: 'editor' }] }],
    [
      '来源：识政微信公众号 | 记者 祁梦竹 范俊生',
      { origin: ['识政'], staff: [{ name: '祁梦竹', role: 'reporter' }, { name: '范俊生', role: 'reporter' }] },
    ],
    [
      '（总台央视记者 徐宁宁 杨毅）',
      { origin: ['总台', '央视'], staff: [{ name: '徐宁宁', role: 'reporter' }, { name: '杨毅', role: 'reporter' }] },
    ],
    ['文章来自好奇心日报：一个北大学生被“请了家长”，法学院教授发布《约谈指南》', { origin: ['好奇心日报'], staff: [] }],
    ['文章来自微信公号「木田无花」：自我审视 | 一个北大既得利益者的自述', { origin: ['木田无花'], staff: [] }],
    ['本文转自“汉字思维”（ID：xungenhanwen）', { origin: ['汉字思维'], staff: [] }],
    // terminus2049 reposts: the account in corner brackets, whatever platform words surround it
    ['原文来自订阅号「冠一说」：~~[贸易战的本质问题是什么](https://mp.weixin.qq.com/s/BXEZMqBz8BWZbkX8fU9g0g)~~', { origin: ['冠一说'], staff: [] }],
    ['原文来自【财新网】:~~[两名南大校友再举报长江学者张康之“性骚扰” 校方展开调查](m.china.caixin.com/m/2018-05-26/101256968.html)~~', { origin: ['财新网'], staff: [] }],
    ['文章来自微信「土逗公社」和「削美丽」：~~[女工米兔进行时](https://mp.weixin.qq.com/s/uYtATgpbk90YaIZacgWcYw)~~', { origin: ['土逗公社', '削美丽'], staff: [] }],
    ['来源：https://www.douban.com/note/667529321/', { origin: ['douban.com'], staff: [] }],
    ['来源：网   络', null],
    [
      '（记者 苑苏文 实习记者 覃建行）',
      { origin: [], staff: [{ name: '苑苏文', role: 'reporter' }, { name: '覃建行', role: 'reporter' }] },
    ],
    [
      '新京报贝壳财经记者 程维妙 编辑 李薇佳 校对 陈荻雁',
      { origin: ['新京报'], staff: [{ name: '程维妙', role: 'reporter' }, { name: '李薇佳', role: 'editor' }] },
    ],
    [
      '（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）',
      { origin: [], staff: [{ name: '钟小韵', role: 'reporter' }, { name: '杜弘禹', role: 'editor' }] },
    ],
  ])('%s', (line, expected) => {
    expect(creditLine(line)).toEqual(expected);
  });

  it.each([
    '会议强调，要严格社会面防控。',
    '涂謹申則向記者解釋，指一旦知道他有可能主持會議後',
    '编辑姓名及工作代码',
    '来源：据了解，会议于昨日召开。',
  ])('leaves text alone: %s', (line) => {
    expect(creditLine(line)).toBeNull();
  });
});

describe('textCredits', () => {
  it.each([
    ['新华社北京2月28日电 中共中央总书记、国家主席习近平2月28日下午主持召开会议', ['新华社']],
    ['央视网消息（新闻联播）：7日，中共中央政治局常委、国务院总理李克强主持召开经济形势专家和企业家座谈会。', ['央视网', '新闻联播']],
    ['央视网消息(新闻联播)：中国和哈萨克斯坦合作委员会第六次会议当地时间8日在阿斯塔纳举行。', ['央视网', '新闻联播']],
    ['据《北京日报》报道，北京冠病疫情防控工作领导小组昨天召开会议', ['北京日报']],
    ['据国家统计局消息，1—4月份，全国房地产开发投资39154亿元', ['国家统计局']],
    ['《蘋果日報》揭發林鄭月娥向北京打小報告 ，內容包括攻擊民間組織', ['蘋果日報']],
    ['立法會今早首次召開修訂《逃犯條例》法案委員會會議', []],
    ['据了解，会议由市委书记主持。', []],
    // hkcnews 33597, 27287, 25543: a wire service's report without 据 or 《》
    ['南海主持召開經濟社會領域專家座談會並發表重要講話，新華社當時報道，「香港中文大學（深圳）…」', ['新華社']],
    ['中央社周四亦有報道此事，引述新加坡媒體', ['中央社']],
    ['死亡人數增至12人。而韓聯社報道，南韓總統文在寅周二訪問大邱', ['韓聯社']],
    ['新華社 報道 ，習近平表示中央充分肯定林鄭月娥', ['新華社']],
    ['包括圖中的新華社在內，中國主要傳媒', []],
    // hkcnews 23298: an agency cited inside a clause (after 引述) is no credited source.
    ['《美國之音》引述路透社的報道時稱，林鄭月娥在這次閉門會議說', []],
  ])('%s', (paragraph, origin) => {
    expect(textCredits(paragraph).origin).toEqual(origin);
  });

  it('names the reporters of a news bureau’s dateline (sina/0143: 本报讯（记者 张维）; sina/0119)', () => {
    expect(textCredits('本报讯（记者 张维）8月23日，西安市统计局发布1-7月经济运行情况。')).toEqual({
      origin: [],
      staff: [{ name: '张维', role: 'reporter' }],
    });
    expect(textCredits('上证报中国证券网讯（记者 陈芳）记者从海关总署获悉。').staff).toEqual([{ name: '陈芳', role: 'reporter' }]);
  });

  it('names the reporters of a wire dateline', () => {
    expect(textCredits('新华社北京1月6日电（记者 张三 李四）会议召开').staff).toEqual([
      { name: '张三', role: 'reporter' },
      { name: '李四', role: 'reporter' },
    ]);
  });
});

describe('outlet and staff from front matter', () => {
  it.each([
    ['新浪财经', '新浪财经'],
    ['新浪财经 - 新浪财经－国內', '新浪财经'],
    ['联合早报', '联合早报'],
    ['CNTV', '央视网'],
    ['記者鄭靖而', null],
    ['盧子健', null],
  ])('author/source %s → outlet %s', (value, outlet) => {
    expect(outletFromName(value)).toBe(outlet);
  });

  it('reads the outlet from the original address behind an archive.org copy', () => {
    expect(outletFromUrl('https://web.archive.org/web/20210712025157/https://www.hkcnews.com/article/19917/x')).toBe('眾新聞');
    expect(outletFromUrl('not a url')).toBeNull();
  });

  it.each([
    ['記者鄭靖而', [{ name: '鄭靖而', role: 'reporter' }]],
    ['眾新聞記者', []],
    ['盧子健', []],
  ])('author %s → staff', (value, staff) => {
    expect(staffFromName(value)).toEqual(staff);
  });
});
