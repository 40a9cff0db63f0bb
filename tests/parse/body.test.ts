import { describe, expect, it } from 'vitest';
import { htmlBody, markdownBody, markdownToHtml } from '../../src/parse/body.js';
import { parseArticle } from '../../src/parse/index.js';
import type { RawArticle } from '../../src/types.js';

const markdown = (content: string): RawArticle => ({ article: 'a.md', path: '/a.md', format: 'markdown', content });

describe('htmlBody', () => {
  it('cuts paragraphs at block elements and <br>, normalizing full-width indents and entities', () => {
    const body = htmlBody(
      '<p>　　央视网消息（新闻联播）：会议8日下午在北京举行。<br/>会议审议&amp;通过了选举办法&nbsp;（草案）。</P><div>第二段</div>',
    );
    expect(body.paragraphs).toEqual([
      '央视网消息（新闻联播）：会议8日下午在北京举行。',
      '会议审议&通过了选举办法 （草案）。',
      '第二段',
    ]);
  });

  it('keeps fake tags that are document titles as text, closing ones included', () => {
    const body = htmlBody('<p>学习《让改革旗帜高高飘扬——<中共中央关于全面深化改革若干重大问题的决定>诞生记》</中共中央关于全面深化改革若干重大问题的决定></p>');
    expect(body.paragraphs).toEqual([
      '学习《让改革旗帜高高飘扬——<中共中央关于全面深化改革若干重大问题的决定>诞生记》</中共中央关于全面深化改革若干重大问题的决定>',
    ]);
  });

  it('drops scripts, styles, QR-code and ad blocks, captions and link lists, and collects comments', () => {
    const body = htmlBody(`<div>
      <p>会议强调，要严格社会面防控。</p>
      <script>var x = 1;</script><style>.appendQr_wrap&#123;border:1px&#125;</style>
      <div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>
      <figure><img src="a.jpg"><figcaption>人来人往的北京地铁站。（法新社档案照）</figcaption></figure>
      <section id="imu"><div id="dfp-ad-imu1">广告</div></section>
      <ul><li><a href="/1">相关文章一</a></li><li><a href="/2">相关文章二</a></li></ul>
      <!-- 编辑姓名及工作代码 -->
    </div>`);
    expect(body.paragraphs).toEqual(['会议强调，要严格社会面防控。']);
    expect(body.comments).toEqual([' 编辑姓名及工作代码 ']);
  });

  it('walks HTML nested 10,000 levels deep without overflowing the stack', () => {
    const depth = 10_000;
    const body = htmlBody(`${'<div>'.repeat(depth)}<p>深处的段落</p>${'</div>'.repeat(depth)}`);
    expect(body.paragraphs).toEqual(['深处的段落']);
  });
});

describe('markdownBody', () => {
  it('reads a 眾新聞 (Hugo) body: headings, links as text, figures and shortcodes dropped, furniture dropped', () => {
    const body = markdownBody(`# 十七萬人大會與林鄭小報告

[《蘋果日報》揭發林鄭月娥向北京打小報告](https://hk.appledaily.com/local/20200222/) ，內容包括攻擊民間組織。

<figure>
<img src="https://www.hkcnews.com/x.jpg" alt="">
<figcaption>特首林鄭月娥出席中聯辦新春酒會。香港電台照片</figcaption>
</figure>

{{< video src="https://www.youtube.com/embed/9VGNdo1beHA" >}}

林鄭和中聯辦主任駱惠寧都聲稱抗疫應該只講科學，**不談政治**。

---

請加入成為眾新聞的月費訂戶，長期支持我們的工作。
`);
    expect(body.paragraphs).toEqual([
      '十七萬人大會與林鄭小報告',
      '《蘋果日報》揭發林鄭月娥向北京打小報告 ，內容包括攻擊民間組織。',
      '林鄭和中聯辦主任駱惠寧都聲稱抗疫應該只講科學，不談政治。',
    ]);
  });

  it('reads a Terminus (Jekyll) body: escapes, strikethrough links, images and list items', () => {
    expect(markdownToHtml('文章来自微信公号「木田无花」：~~[自我审视 \\| 一个北大既得利益者的自述](https://mp.weixin.qq.com/s/x)~~\n\n![](https://i.imgur.com/pmo1qqo.jpg)\n- 第一条')).toBe(
      '<p>文章来自微信公号「木田无花」：<a>自我审视 | 一个北大既得利益者的自述</a></p>\n<li>第一条</li>',
    );
  });
});

describe('parseArticle text', () => {
  it('joins title and body paragraphs with newlines; every offset points at its paragraph', () => {
    const parsed = parseArticle(
      markdown('---\ntitle: 标题\ndate: 2019-04-17\n---\n# 标题\n\n第一段。\n\n第二段，\n接续。\n'),
    );
    expect(parsed.text).toBe('标题\n第一段。\n第二段， 接续。');
    expect(parsed.paragraphs).toEqual([
      { kind: 'title', text: '标题', start: 0 },
      { kind: 'body', text: '第一段。', start: 3 },
      { kind: 'body', text: '第二段， 接续。', start: 8 },
    ]);
  });

  it('credits the dateline of a hidden copy of the lead in an HTML comment (sina/0144)', () => {
    const parsed = parseArticle(
      markdown(
        '---\ntitle: t\ndate: 2021-03-22\n---\n<!--article_adlist[<p>　　新华社上海3月22日电（记者有之炘 赵逸赫）在今年全国两会期间，“数字人民币”成为热词之一。</p>]article_adlist-->\n<p>不仅在线下场景，数字人民币在不少线上渠道也可以使用。</p>\n<p>责任编辑：蒋晓桐</p>',
      ),
    );
    expect(parsed.origin).toEqual(['新华社']);
    expect(parsed.staff).toEqual([
      { name: '蒋晓桐', role: 'editor' },
      { name: '有之炘', role: 'reporter' },
      { name: '赵逸赫', role: 'reporter' },
    ]);
  });

  it('keeps a wire dateline in the text and credits its agency', () => {
    const parsed = parseArticle(
      markdown('---\ntitle: t\ndate: 2022-02-28\n---\n<p>　　新华社北京2月28日电 中共中央总书记习近平2月28日下午主持召开中央全面深化改革委员会第二十四次会议。</p>'),
    );
    expect(parsed.paragraphs[1]!.text).toBe('新华社北京2月28日电 中共中央总书记习近平2月28日下午主持召开中央全面深化改革委员会第二十四次会议。');
    expect(parsed.origin).toEqual(['新华社']);
  });

  it('hashes the same text equally whatever the white space and full-width forms', () => {
    const a = parseArticle(markdown('---\ntitle: 会议\n---\n<p>　　ＡＢＣ会议召开。</p>'));
    const b = parseArticle(markdown('\n---\ntitle: "会议"\n---\n\nABC会议 召开。\n'));
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{40}$/);
  });
});
