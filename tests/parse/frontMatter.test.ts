import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { splitFrontMatter } from '../../src/parse/frontMatter.js';
import type { RawArticle } from '../../src/types.js';

const markdown = (content: string): RawArticle => ({ article: 'x.md', path: '/x.md', format: 'markdown', content });

describe('splitFrontMatter', () => {
  it('keeps a naive date as written (gray-matter alone would make it a UTC instant)', () => {
    expect(splitFrontMatter('---\ndate: 2023-03-11 19:12:38\n---\nbody').data).toEqual({ date: '2023-03-11 19:12:38' });
  });

  it('accepts a blank line before the first --- (Hexo)', () => {
    const front = splitFrontMatter("\n---\ntitle: '北京新增聚集性疫情'\nauthor: 新浪财经\n---\n\n<div>正文</div>");
    expect(front).toEqual({
      data: { title: '北京新增聚集性疫情', author: '新浪财经' },
      body: '\n<div>正文</div>',
      present: true,
      problems: [],
    });
  });

  it('accepts blank lines between keys (Jekyll archive)', () => {
    const front = splitFrontMatter('---\n\nlayout: post\n\ntitle: 996 惹怒程序员之后\n\ncategories: Archive\n\n---\n\n正文');
    expect(front.data).toEqual({ layout: 'post', title: '996 惹怒程序员之后', categories: 'Archive' });
  });

  it('reads the key: value lines of broken YAML one by one and says so', () => {
    const front = splitFrontMatter('---\ntitle: "小縣城招攬影視工作室\u0007進駐"\ndate: "2021-09-13"\ntags: [a\n---\n正文');
    expect(front.data).toEqual({ title: '小縣城招攬影視工作室\u0007進駐', date: '2021-09-13', tags: '[a' });
    expect(front.body).toBe('正文');
    expect(front.problems).toHaveLength(1);
    expect(front.problems[0]).toMatch(/^broken YAML front matter \(.+\); read its key: value lines one by one$/);
  });

  it('splits where gray-matter splits: the first line starting with ---, one line break after it dropped', () => {
    expect(splitFrontMatter('---\r\ntitle: a\r\n---\r\nbody')).toEqual({ data: { title: 'a' }, body: 'body', present: true, problems: [] });
    expect(splitFrontMatter('---\ntitle: a\n---more\nbody').body).toBe('more\nbody');
    expect(splitFrontMatter('--- \ntitle: a\n---\n\n\nbody').body).toBe('\n\nbody');
  });

  it('reads an unclosed block to the end of the file, and a block of comments as empty', () => {
    expect(splitFrontMatter('---\ntitle: a\n')).toEqual({ data: { title: 'a' }, body: '', present: true, problems: [] });
    expect(splitFrontMatter('---\n# only a comment\n---\nbody')).toEqual({ data: {}, body: 'body', present: true, problems: [] });
  });

  it('says so when the front matter is not a mapping', () => {
    expect(splitFrontMatter('---\n- a\n- b\n---\nbody')).toEqual({
      data: {},
      body: 'body',
      present: true,
      problems: ['front matter is not a key: value mapping'],
    });
  });

  it('treats a file without front matter as all body', () => {
    expect(splitFrontMatter('正文第一段\n\n---\n\n第二段')).toEqual({
      data: {},
      body: '正文第一段\n\n---\n\n第二段',
      present: false,
      problems: [],
    });
  });
});

describe('parseArticle metadata', () => {
  it('reads a --- rule right after the front matter as a rule, not as text', () => {
    const parsed = parseArticle(markdown('---\ntitle: 自述\ndate: 2016-12-01\n---\n---\n\n作者：木田无花\n\n---\n\n我生于北京。\n'));
    expect(parsed.text).toBe('自述\n我生于北京。');
    expect(parsed.published).toBe('2016-12-01T00:00:00+08:00');
    expect(parsed.messages).toEqual([]);
  });

  it('reports a missing date instead of guessing one', () => {
    const parsed = parseArticle(markdown('---\nlayout: post\ntitle: 李志在三大音乐平台搜索无结果\n---\n正文'));
    expect(parsed.published).toBeNull();
    expect(parsed.messages).toEqual([{ severity: 'warning', stage: 'parse', file: 'x.md', reason: 'no publication date' }]);
  });

  it('reports an unparseable date', () => {
    const parsed = parseArticle(markdown('---\ntitle: t\ndate: 去年\n---\n正文'));
    expect(parsed.published).toBeNull();
    expect(parsed.messages.map((m) => m.reason)).toEqual(['unparseable date "去年"']);
  });

  it('falls back to the epoch comment when the front matter has no date', () => {
    const parsed = parseArticle(markdown('---\ntitle: 蔡奇主持北京防疫会议\n---\n<!--1628592840000-->\n正文'));
    expect(parsed.published).toBe('2021-08-10T18:54:00+08:00');
    expect(parsed.messages.map((m) => m.reason)).toEqual(['no date in front matter; used the epoch comment']);
  });

  it('reads a key misspelled by one letter and says so', () => {
    const parsed = parseArticle(markdown('---\ntitel: 标题\ndate: 2018-01-15 18:49 +0800\n---\n正文'));
    expect(parsed.title).toBe('标题');
    expect(parsed.published).toBe('2018-01-15T18:49:00+08:00');
    expect(parsed.messages.map((m) => m.reason)).toEqual(['front matter key "titel" read as "title"']);
  });

  it('credits 央视网 for a 新闻联播 item whose source is CNTV', () => {
    const parsed = parseArticle(
      markdown("---\ntitle: '[视频]王岐山与哈副总理共同主持中哈合作委员会第六次会议'\ndate: 2012-12-09 19:14:33\nsource: 'CNTV'\n---\n<p>　　央视网消息(新闻联播)：中国和哈萨克斯坦合作委员会第六次会议当地时间8日在阿斯塔纳举行。</P>"),
    );
    expect([parsed.published, parsed.outlet, parsed.origin]).toEqual(['2012-12-09T19:14:33+08:00', '央视网', ['央视网', '新闻联播']]);
  });

  it('reads title, date, url and body of a JSON Lines record', () => {
    const parsed = parseArticle({
      article: 'dump.jsonl#2',
      path: '/dump.jsonl',
      format: 'jsonl',
      content: '第一段\n第二段',
      record: { title: '标题', date: 'Thu, 11 Nov 2021 06:57:52 GMT', url: 'https://finance.sina.com.cn/x', text: '第一段\n第二段' },
    });
    expect([parsed.title, parsed.published, parsed.url, parsed.outlet, parsed.text]).toEqual([
      '标题',
      '2021-11-11T14:57:52+08:00',
      'https://finance.sina.com.cn/x',
      '新浪财经',
      '标题\n第一段\n第二段',
    ]);
  });

  it('reads title, date and site of an HTML page', () => {
    const parsed = parseArticle({
      article: 'page.html',
      path: '/page.html',
      format: 'html',
      content:
        '<html><head><title>标题</title><meta property="article:published_time" content="2022-03-04T16:34:02+08:00"><meta property="og:site_name" content="新浪财经"></head><body><p>正文。</p></body></html>',
    });
    expect([parsed.title, parsed.published, parsed.outlet, parsed.text]).toEqual([
      '标题',
      '2022-03-04T16:34:02+08:00',
      '新浪财经',
      '标题\n正文。',
    ]);
  });
});
