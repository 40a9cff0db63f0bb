import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ArticleFacts } from '../../src/types.js';

const project = join(import.meta.dirname, '..', '..');
let folder: string;

/** Runs the CLI in this process, collecting what it writes to stderr. */
async function huiyi(...args: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  const previousExitCode = process.exitCode;
  try {
    const code = await main(['node', 'huiyi', ...args]);
    return { code, stderr: chunks.join('') };
  } finally {
    process.stderr.write = write;
    process.exitCode = previousExitCode;
  }
}

const readLines = (path: string): unknown[] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'huiyi-extract-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('huiyi extract', () => {
  it('writes one line per seed with its publication and credits, ids relative to --root', async () => {
    const out = join(folder, 'seeds.jsonl');
    const seeds = readdirSync(join(project, 'examples', 'articles'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(project, 'examples', 'articles', name));
    const { code, stderr } = await huiyi('extract', ...seeds, '--root', project, '--out', out);
    expect(code).toBe(0);
    expect(stderr).toBe('huiyi extract: 5 read, 5 articles, 0 duplicates, 0 skipped, 0 failed\n');
    const facts = readLines(out) as ArticleFacts[];
    expect(facts.map(({ article, published, outlet, origin, staff }) => ({ article, published, outlet, origin, staff }))).toEqual([
      { article: 'examples/articles/000_b964cf4bff8d9a77.txt', published: '2021-11-11T14:57:52+08:00', outlet: '新浪财经', origin: ['北京日报', '识政'], staff: [{ name: '梁斌', role: 'editor' }] },
      { article: 'examples/articles/001_e6b352856593e28c.txt', published: '2022-05-06T07:49:17+08:00', outlet: '新浪财经', origin: [], staff: [{ name: '梁斌', role: 'editor' }] },
      {
        article: 'examples/articles/002_47d836088c63ad7f.txt',
        published: '2021-08-07T15:02:12+08:00',
        outlet: '新浪财经',
        origin: ['识政'],
        staff: [{ name: '王翔', role: 'editor' }, { name: '祁梦竹', role: 'reporter' }, { name: '范俊生', role: 'reporter' }],
      },
      { article: 'examples/articles/003_13f537eec11b156a.txt', published: '2022-06-17T21:29:35+08:00', outlet: '新浪财经', origin: ['北京朝阳'], staff: [{ name: '刘万里', role: 'editor' }] },
      { article: 'examples/articles/004_3a3332f03aaaa5d4.txt', published: '2021-08-10T12:47:59+08:00', outlet: '联合早报', origin: ['北京日报'], staff: [] },
    ]);
  });

  it('goes on past bad files, tallies them, lists them with --errors and exits 0', async () => {
    const input = join(folder, 'input');
    const out = join(folder, 'out.jsonl');
    const errors = join(folder, 'errors.jsonl');
    mkdirSync(input);
    copyFileSync(join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), join(input, 'a.txt'));
    copyFileSync(join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), join(input, 'b.md'));
    writeFileSync(join(input, 'c.md'), '');
    writeFileSync(join(input, 'd.tsv'), 'x\ty\n');
    writeFileSync(join(input, 'e.md'), '---\ntitle: 无日期\n---\n正文');
    const { code, stderr } = await huiyi('extract', input, join(folder, 'missing.md'), '--root', folder, '--out', out, '--errors', errors);
    expect(code).toBe(0);
    expect(stderr.split('\n')).toEqual([
      'huiyi extract: skipped input/c.md: empty file',
      'huiyi extract: skipped input/d.tsv: not an article file (.tsv)',
      'huiyi extract: warning input/e.md: no publication date',
      'huiyi extract: failed missing.md: no such file or folder (ENOENT)',
      'huiyi extract: 3 read, 2 articles, 1 duplicates, 2 skipped (empty file: 1, not an article file: 1), 1 failed (no such file or folder: 1)',
      '',
    ]);
    expect((readLines(out) as ArticleFacts[]).map((facts) => facts.article)).toEqual(['input/a.txt', 'input/b.md', 'input/e.md']);
    expect(readLines(errors)).toEqual([
      { kind: 'duplicate', article: 'input/b.md', path: join(input, 'b.md'), reason: 'duplicate of input/a.txt' },
      { kind: 'skipped', path: join(input, 'c.md'), article: 'input/c.md', reason: 'empty file' },
      { kind: 'skipped', path: join(input, 'd.tsv'), article: 'input/d.tsv', reason: 'not an article file (.tsv)' },
      { kind: 'failed', path: join(folder, 'missing.md'), article: 'missing.md', reason: 'no such file or folder (ENOENT)' },
    ]);
  });

  it('exits non-zero when it cannot write its output', async () => {
    const { code, stderr } = await huiyi('extract', join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), '--out', join(folder, 'no', 'such', 'dir.jsonl'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^huiyi extract: cannot open output: ENOENT: no such file or directory/);
  });
});
