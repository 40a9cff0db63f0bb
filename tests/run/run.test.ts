import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/run/index.js';
import type { RunEvent, RunOptions, RunProgress, RunSummary } from '../../src/run/index.js';

const project = join(import.meta.dirname, '..', '..');
const corpus = join(project, '..', 'shared', 'corpus');
const FOLDERS = ['seeds', 'sina', 'xwlb', 'hkcnews', 'terminus2049'];

async function run(paths: string[], options: RunOptions): Promise<{ events: RunEvent[]; summary: RunSummary }> {
  const events: RunEvent[] = [];
  const loop = runCorpus(paths, options);
  for (;;) {
    const step = await loop.next();
    if (step.done) return { events, summary: step.value };
    events.push(step.value);
  }
}

describe('runCorpus on a small folder', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'huiyi-run-'));
    copyFileSync(join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), join(folder, 'a.txt'));
    copyFileSync(join(project, 'examples', 'articles', '004_3a3332f03aaaa5d4.txt'), join(folder, 'b.txt'));
    copyFileSync(join(project, 'examples', 'articles', '000_b964cf4bff8d9a77.txt'), join(folder, 'c.md'));
    writeFileSync(join(folder, 'd.md'), '');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('counts a duplicate once, keeps its path and facts, and lists the skipped file', async () => {
    const progress: RunProgress[] = [];
    const { events, summary } = await run([folder], { root: folder, onProgress: (p) => progress.push(structuredClone(p)) });
    expect(events.map((e) => `${e.kind} ${e.kind === 'duplicate' ? `${e.article} of ${e.duplicateOf}` : e.kind === 'article' ? e.parsed.article : e.article}`)).toEqual([
      'article a.txt',
      'article b.txt',
      'duplicate c.md of a.txt',
      'skipped d.md',
    ]);
    const duplicate = events[2]!;
    expect(duplicate.kind === 'duplicate' && duplicate.facts.article).toBe('c.md');
    expect(summary).toEqual({
      counts: { read: 3, articles: 2, duplicates: 1, skipped: 1, failed: 0 },
      issues: [{ kind: 'skipped', path: join(folder, 'd.md'), article: 'd.md', reason: 'empty file' }],
      duplicates: [{ article: 'c.md', path: join(folder, 'c.md'), duplicateOf: 'a.txt' }],
    });
    expect(progress.map((p) => `${p.files}/${p.totalFiles}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });
});

describe.skipIf(!existsSync(corpus))('runCorpus on the whole shared corpus', () => {
  let result: { events: RunEvent[]; summary: RunSummary };
  beforeAll(async () => {
    result = await run(FOLDERS.map((name) => join(corpus, name)), { root: corpus });
  }, 600_000);

  it('reads every article file without a crash', () => {
    expect(result.summary.counts).toEqual({ read: 3936, articles: 3683, duplicates: 253, skipped: 0, failed: 0 });
    expect(result.summary.issues).toEqual([]);
  });

  it('recognises the seed stored again in sina/ as a duplicate', () => {
    expect(result.summary.duplicates).toContainEqual({
      article: 'sina/0001.md',
      path: join(corpus, 'sina', '0001.md'),
      duplicateOf: 'seeds/000_b964cf4bff8d9a77.txt',
    });
  });

  it('gives every article a text whose paragraph offsets hold, and a date or a message saying why not', () => {
    const undated: string[] = [];
    for (const event of result.events) {
      if (event.kind !== 'article' && event.kind !== 'duplicate') continue;
      const { parsed, messages } = event;
      for (const paragraph of parsed.paragraphs) {
        expect(parsed.text.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
      }
      if (parsed.published === null) {
        undated.push(parsed.article);
        expect(messages.map((m) => m.reason)).toContain('no publication date');
      }
      for (const message of messages) expect(message.reason).not.toBe('');
    }
    expect(undated.length).toBe(18);
  });
});
