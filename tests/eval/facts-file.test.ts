import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFactsFile, readFactsFile } from '../../src/eval/facts-file.js';
import { SEED_000 } from './facts.js';

const dir = mkdtempSync(join(tmpdir(), 'huiyi-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const seedLine = JSON.stringify(SEED_000);

describe('readFactsFile', () => {
  it('reads FORMAT.md records, skipping blank lines', () => {
    const file = write('good.jsonl', [seedLine, '', JSON.stringify({ article: 'sina/0104.md', meetings: [] }), '']);
    expect(readFactsFile(file)).toEqual([
      SEED_000,
      {
        article: 'sina/0104.md',
        published: null,
        outlet: null,
        origin: [],
        staff: [],
        meetings: [],
        people: [],
        bodies: [],
        places: [],
      },
    ]);
  });

  it('names the file and line of a line that is not JSON', () => {
    const file = write('broken.jsonl', [seedLine, '', '{"article": "a", "meetings": [}']);
    expect(() => readFactsFile(file)).toThrow(new RegExp(`^${file}:3: not JSON \\(`));
  });

  it.each([
    [
      'an unknown role',
      { ...SEED_000, meetings: [{ ...SEED_000.meetings[0], participants: [{ name: '蔡奇', role: 'host', titles: [] }] }] },
      'meetings[0].participants[0].role must be one of chair, attendee, observer, not "host"',
    ],
    [
      'a session written as a string',
      { ...SEED_000, meetings: [{ ...SEED_000.meetings[0], bodies: [{ name: '国务院', session: '133' }] }] },
      'meetings[0].bodies[0].session must be an integer or null, not "133"',
    ],
    ['people as a string', { ...SEED_000, people: '蔡奇' }, 'people must be an array, not a string'],
    ['an aka that is no string', { ...SEED_000, bodies: [{ name: '市委', aka: [1] }] }, 'bodies[0].aka[0] must be a string, not a number'],
    ['no article', { meetings: [] }, 'article is missing'],
  ])('names the field of %s', (_, record, reason) => {
    const file = write('shape.jsonl', [seedLine, JSON.stringify(record)]);
    expect(() => readFactsFile(file)).toThrow(`${file}:2: ${reason}`);
  });

  it('refuses a second record of one article', () => {
    const file = write('twice.jsonl', [seedLine, seedLine]);
    expect(() => readFactsFile(file)).toThrow(`${file}:2: article ${SEED_000.article} already has a record on line 1`);
  });

  it('says so when the file is missing or empty', () => {
    expect(() => readFactsFile(join(dir, 'absent.jsonl'))).toThrow(`${join(dir, 'absent.jsonl')}: no such file`);
    const empty = write('empty.jsonl', ['', '']);
    expect(() => readFactsFile(empty)).toThrow(`${empty}: holds no records`);
  });
});

describe('isFactsFile', () => {
  it('recognises facts by the first record having article and meetings', () => {
    expect(isFactsFile(write('facts.jsonl', ['', seedLine]))).toBe(true);
  });

  it('takes anything else for articles to read', () => {
    expect(isFactsFile(write('records.jsonl', [JSON.stringify({ title: '国务院常务会议', html: '<p>李克强主持</p>' })]))).toBe(false);
    expect(isFactsFile(write('article.md', ['---', 'title: 会议', '---', '<p>蔡奇主持</p>']))).toBe(false);
    expect(isFactsFile(dir)).toBe(false);
    expect(isFactsFile(join(dir, 'absent.jsonl'))).toBe(false);
  });

  it('reads a long first record across chunks', () => {
    const long = { ...SEED_000, people: Array.from({ length: 30_000 }, (_, index) => `人名${index}`) };
    expect(isFactsFile(write('long.jsonl', [JSON.stringify(long)]))).toBe(true);
  });
});
