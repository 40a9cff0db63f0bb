import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/eval/score.js';
import { SEED_000, facts } from './facts.js';

/** Runs `huiyi ARGS…` through the real CLI entry, from source. */
function huiyi(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/eval/run-cli.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SEEDS = '../shared/gold/seeds.jsonl';
const dir = mkdtempSync(join(tmpdir(), 'huiyi-eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(SEEDS))('huiyi eval on the seeds gold against itself', () => {
  it('prints F1 = 1 in every category and exits 0', () => {
    const run = huiyi('eval', '--gold', SEEDS, SEEDS, '--misses');
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'category       tp  fp  fn  precision  recall     F1',
        'participation  22   0   0      1.000   1.000  1.000',
        'titles         42   0   0      1.000   1.000  1.000',
        'meetings        8   0   0      1.000   1.000  1.000',
        'people         22   0   0      1.000   1.000  1.000',
        'bodies         23   0   0      1.000   1.000  1.000',
        'places          7   0   0      1.000   1.000  1.000',
        'published       5   0   0      1.000   1.000  1.000',
        'staff           6   0   0      1.000   1.000  1.000',
        'origin          5   0   0      1.000   1.000  1.000',
        'outlet          5   0   0      1.000   1.000  1.000',
        '',
        'no missed or spurious items',
        '',
      ].join('\n'),
    });
  });

  it('prints the same scores as JSON with --json', () => {
    const run = huiyi('eval', '--gold', SEEDS, SEEDS, '--json');
    const parsed = JSON.parse(run.stdout) as { perCategory: Record<string, { f1: number }>; unpredicted: string[] };
    expect(CATEGORIES.map((category) => parsed.perCategory[category]?.f1)).toEqual(CATEGORIES.map(() => 1));
    expect(parsed.unpredicted).toEqual([]);
    expect(Object.keys(parsed)).toEqual(['perCategory', 'unpredicted', 'ignored']);
  });
});

describe('huiyi eval on hand-made files', () => {
  const gold = join(dir, 'gold.jsonl');
  writeFileSync(gold, `${JSON.stringify(SEED_000)}\n`);

  it('lists misses with --misses and exits 0', () => {
    const predicted = join(dir, 'predicted.jsonl');
    writeFileSync(predicted, `${JSON.stringify({ ...SEED_000, people: ['蔡奇', '陳吉寧'], outlet: '新浪网' })}\n`);
    const run = huiyi('eval', '--gold', gold, predicted, '--misses');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(11)).toEqual([
      '',
      'article                         category  kind      item',
      'seeds/000_b964cf4bff8d9a77.txt  people    missed    张延昆',
      'seeds/000_b964cf4bff8d9a77.txt  outlet    missed    新浪财经',
      'seeds/000_b964cf4bff8d9a77.txt  outlet    spurious  新浪网',
      '',
    ]);
  });

  it('exits 1 naming the file and line of bad JSON', () => {
    const predicted = join(dir, 'bad.jsonl');
    writeFileSync(predicted, `${JSON.stringify(facts('a'))}\n{"article": "b", "meetings": [\n`);
    const run = huiyi('eval', '--gold', gold, predicted);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^huiyi eval: ${predicted}:2: not JSON \\(.+\\)\\n$`));
  });

  it('exits 1 when the gold file is missing', () => {
    const run = huiyi('eval', '--gold', join(dir, 'absent.jsonl'), gold);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `huiyi eval: ${join(dir, 'absent.jsonl')}: no such file\n` });
  });
});
