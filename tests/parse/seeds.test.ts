import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import type { ParsedArticle, Staff } from '../../src/types.js';

const project = join(import.meta.dirname, '..', '..');
const goldFolder = join(project, '..', 'shared', 'gold');
const corpus = join(project, '..', 'shared', 'corpus');

function parseFile(path: string, article: string): ParsedArticle {
  return parseArticle({ article, path, format: 'markdown', content: readFileSync(path, 'utf8') });
}

const byRoleAndName = (staff: readonly Staff[]): string[] => staff.map((s) => `${s.role}:${s.name}`).sort();

interface Credits {
  published: string | null;
  outlet: string | null;
  origin: string[];
  staff: Staff[];
}

function credits(parsed: ParsedArticle): Credits {
  return { published: parsed.published, outlet: parsed.outlet, origin: parsed.origin, staff: parsed.staff };
}

function comparable(value: Credits): unknown {
  return { ...value, origin: [...value.origin].sort(), staff: byRoleAndName(value.staff) };
}

// ../shared/gold/seeds.jsonl, pinned here so the test runs without the shared folder
const SEEDS: Record<string, Credits> = {
  '000_b964cf4bff8d9a77.txt': {
    published: '2021-11-11T14:57:52+08:00',
    outlet: '新浪财经',
    origin: ['北京日报', '识政'],
    staff: [{ name: '梁斌', role: 'editor' }],
  },
  '001_e6b352856593e28c.txt': {
    published: '2022-05-06T07:49:17+08:00',
    outlet: '新浪财经',
    origin: [],
    staff: [{ name: '梁斌', role: 'editor' }],
  },
  '002_47d836088c63ad7f.txt': {
    published: '2021-08-07T15:02:12+08:00',
    outlet: '新浪财经',
    origin: ['识政'],
    staff: [
      { name: '王翔', role: 'editor' },
      { name: '祁梦竹', role: 'reporter' },
      { name: '范俊生', role: 'reporter' },
    ],
  },
  '003_13f537eec11b156a.txt': {
    published: '2022-06-17T21:29:35+08:00',
    outlet: '新浪财经',
    origin: ['北京朝阳'],
    staff: [{ name: '刘万里', role: 'editor' }],
  },
  '004_3a3332f03aaaa5d4.txt': {
    published: '2021-08-10T12:47:59+08:00',
    outlet: '联合早报',
    origin: ['北京日报'],
    staff: [],
  },
};

describe('the five seeds (examples/)', () => {
  it.each(Object.entries(SEEDS))('%s: published, outlet, origin and staff as in the gold', (file, expected) => {
    const parsed = parseFile(join(project, 'examples', 'articles', file), `seeds/${file}`);
    expect(credits(parsed)).toEqual(expected);
    expect(parsed.messages).toEqual([]);
  });

  it('keeps the title and body as text and leaves the credit lines, QR block and editor line out', () => {
    const parsed = parseFile(join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), 'seeds/000');
    expect(parsed.title).toBe('北京新增聚集性疫情，蔡奇主持召开会议调度处置工作，要求连续作战，快查严控！');
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'body', 'body', 'body', 'body']);
    expect(parsed.paragraphs[1]!.text.startsWith('11月10日接京外确诊病例协查通报后')).toBe(true);
    expect(parsed.text).not.toMatch(/来源|责任编辑|新浪财经APP|appendQr/);
    for (const paragraph of parsed.paragraphs) {
      expect(parsed.text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
    }
  });

  it('drops the image caption and ads of the 联合早报 page and keeps 据《北京日报》报道 as text', () => {
    const parsed = parseFile(join(project, 'examples', 'articles', '004_3a3332f03aaaa5d4.txt'), 'seeds/004');
    expect(parsed.text).not.toContain('法新社档案照');
    expect(parsed.paragraphs[2]!.text.startsWith('据《北京日报》报道，北京冠病疫情防控工作领导小组昨天召开会议')).toBe(true);
    expect(parsed.paragraphs.at(-1)!.text.endsWith('进一步增强各行各业和市民群众的防疫意识。')).toBe(true);
  });
});

describe.skipIf(!existsSync(join(goldFolder, 'seeds.jsonl')))('the gold files of ../shared/gold', () => {
  const gold = ['seeds.jsonl', 'dev.jsonl'].flatMap((file) =>
    readFileSync(join(goldFolder, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Credits & { article: string }),
  );

  it('holds the 30 articles these tests were written against', () => {
    expect(gold).toHaveLength(30);
  });

  it.each(gold.map((entry) => [entry.article, entry] as const))('%s', (article, expected) => {
    const parsed = parseFile(join(corpus, article), article);
    expect(comparable(credits(parsed))).toEqual(
      comparable({ published: expected.published, outlet: expected.outlet, origin: expected.origin, staff: expected.staff }),
    );
  });
});
