import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/read/index.js';
import type { ReadItem } from '../../src/read/index.js';

let folder: string;

async function collect(paths: string[], options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(paths, { root: folder, ...options })) items.push(item);
  return items;
}

/** What each item came to, without absolute paths: `article kind reason-or-format`. */
function summary(items: ReadItem[]): string[] {
  return items.map((item) =>
    item.kind === 'article'
      ? `${item.raw.article} article ${item.raw.format}${item.warnings.map((w) => ` [${w.reason}]`).join('')}`
      : `${item.article} ${item.kind} ${item.reason}`,
  );
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'huiyi-read-'));
  const write = (name: string, content: string | Uint8Array): void => writeFileSync(join(folder, name), content);
  write('a-good.md', '---\ntitle: 标题\n---\n正文');
  write('binary.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  write('blank.txt', '  \n\n');
  write('empty.md', '');
  write('gbk.md', Buffer.from('b1b1bea9cad0cef7b3c7c7f8', 'hex'));
  write('huge.md', '');
  truncateSync(join(folder, 'huge.md'), 50 * 1024 * 1024);
  write('invalid-utf8.md', Buffer.concat([Buffer.from('---\ntitle: 会议\n---\n会议召开'), Buffer.from([0xff]), Buffer.from('。'.repeat(200))]));
  write('nested.html', `${'<div>'.repeat(10_000)}<p>深处</p>${'</div>'.repeat(10_000)}`);
  write('notes.tsv', 'a\tb\n');
  write('.hidden.md', '---\ntitle: hidden\n---\n');
  write(
    'records.jsonl',
    [
      JSON.stringify({ title: '一', date: '2021-01-01', html: '<p>第一篇</p>' }),
      '{"title": "二", "text": "broken',
      '',
      JSON.stringify({ title: '三', text: '第三篇' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ title: '无正文' }),
    ].join('\n'),
  );
  mkdirSync(join(folder, 'sub'));
  write('sub/z.htm', '<p>子目录</p>');
  symlinkSync(join(folder, 'missing-target.md'), join(folder, 'link.md'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readArticles', () => {
  it('reads a folder recursively in a stable order and gives every bad file one reason', async () => {
    expect(summary(await collect([folder]))).toEqual([
      'a-good.md article markdown',
      'binary.md skipped binary file (contains NUL bytes)',
      'blank.txt skipped empty file (white space only)',
      'empty.md skipped empty file',
      'gbk.md skipped invalid UTF-8: 12 undecodable byte sequence(s), not a UTF-8 text file',
      'huge.md skipped file too large: 50.0 MB (limit 20.0 MB)',
      'invalid-utf8.md article markdown [invalid UTF-8: 1 undecodable byte sequence(s) replaced by U+FFFD]',
      'link.md failed broken symbolic link',
      'nested.html article html',
      'notes.tsv skipped not an article file (.tsv)',
      'records.jsonl#1 article jsonl',
      'records.jsonl#2 failed line 2: invalid JSON (Unterminated string in JSON at position 30)',
      'records.jsonl#3 article jsonl',
      'records.jsonl#4 failed line 5: not a JSON object',
      'records.jsonl#5 failed line 6: no body field (one of html, content_html, body_html, content, body, text, markdown)',
      'sub/z.htm article html',
    ]);
  });

  it('keeps the record of a JSON Lines line, its body field as content', async () => {
    const items = await collect([join(folder, 'records.jsonl')]);
    const first = items[0]!;
    expect(first.kind === 'article' && first.raw).toEqual({
      article: 'records.jsonl#1',
      path: join(folder, 'records.jsonl'),
      format: 'jsonl',
      content: '<p>第一篇</p>',
      record: { title: '一', date: '2021-01-01', html: '<p>第一篇</p>' },
    });
  });

  it('reports a path that does not exist and goes on', async () => {
    expect(summary(await collect([join(folder, 'nowhere.md'), join(folder, 'a-good.md')]))).toEqual([
      'nowhere.md failed no such file or folder (ENOENT)',
      'a-good.md article markdown',
    ]);
  });

  it('takes the size limit as an option', async () => {
    expect(summary(await collect([join(folder, 'a-good.md')], { maxFileBytes: 10 }))).toEqual([
      'a-good.md skipped file too large: 0.0 MB (limit 0.0 MB)',
    ]);
  });
});
