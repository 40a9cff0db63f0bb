import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/eval/facts-file.js';
import { scoreMeetingMerge } from '../../src/eval/merge.js';
import { extractPredictions } from '../../src/eval/predict.js';

/** The five seeds laid out as in the shared corpus (`seeds/…`), plus a second copy of seed 000 elsewhere. */
const root = mkdtempSync(join(tmpdir(), 'huiyi-eval-predict-'));
mkdirSync(join(root, 'seeds'));
mkdirSync(join(root, 'copies'));
const seeds = readdirSync('examples/articles').filter((name) => name.endsWith('.txt'));
for (const name of seeds) copyFileSync(join('examples', 'articles', name), join(root, 'seeds', name));
copyFileSync(join('examples', 'articles', '000_b964cf4bff8d9a77.txt'), join(root, 'copies', 'again.txt'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('extractPredictions', () => {
  it('gives every article, and a stored copy the facts of its original under its own id', async () => {
    const predictions = await extractPredictions([join(root, 'seeds'), join(root, 'copies')], root);
    expect(predictions.counts).toMatchObject({ articles: 5, duplicates: 1, skipped: 0, failed: 0 });
    expect(predictions.facts.map((facts) => facts.article).sort()).toEqual(
      ['copies/again.txt', ...seeds.map((name) => `seeds/${name}`)].sort(),
    );
    const copy = predictions.facts.find((facts) => facts.article === 'copies/again.txt');
    const original = predictions.facts.find((facts) => facts.article === 'seeds/000_b964cf4bff8d9a77.txt');
    expect(copy).toEqual({ ...original, article: 'copies/again.txt' });
  });
});

describe.skipIf(!existsSync('../shared/gold/seeds.jsonl'))('meeting_merge of extracted articles', () => {
  it('puts the meeting of seed 000 and of its stored copy in one node, and the other seeds\' meetings apart', async () => {
    const seedsGold = readFactsFile('../shared/gold/seeds.jsonl');
    const original = seedsGold.find((facts) => facts.article === 'seeds/000_b964cf4bff8d9a77.txt');
    const gold = [...seedsGold, { ...original!, article: 'copies/again.txt' }];
    const predictions = await extractPredictions([join(root, 'seeds'), join(root, 'copies')], root);
    const merge = scoreMeetingMerge(gold, predictions.facts, predictions.meetingNode);
    // 6 gold mentions; one same-meeting pair across articles (000 and its copy), 14 different-meeting pairs
    expect(merge).toMatchObject({ mentions: 6, aligned: 6, tp: 1, fp: 0, fn: 0, f1: 1 });
  });
});

describe.skipIf(!existsSync('../shared/gold/seeds.jsonl'))('huiyi eval over article folders', () => {
  it('extracts the seeds and scores them against the seeds gold', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/eval/run-cli.ts', 'eval', '--gold', '../shared/gold/seeds.jsonl', join(root, 'seeds'), '--root', root, '--json'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('huiyi eval: extracted 5 articles (0 duplicates, 0 skipped, 0 failed)\n');
    const score = JSON.parse(run.stdout) as {
      perCategory: Record<string, { f1: number | null }>;
      unpredicted: string[];
      ignored: string[];
    };
    expect(score).toMatchObject({ unpredicted: [], ignored: [] });
    // The credits are the reader's, pinned to the gold; the other categories move as the extractor grows.
    const credits = ['published', 'outlet', 'origin', 'staff'].map((category) => score.perCategory[category]?.f1);
    expect(credits).toEqual([1, 1, 1, 1]);
  });
});
