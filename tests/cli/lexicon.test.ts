import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { useLexiconFiles } from '../../src/extract/lexicon.js';
import type { ArticleFacts } from '../../src/types.js';

let folder: string;

/** Runs the CLI in this process, collecting what it writes to stderr. */
async function huiyi(...args: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(['node', 'huiyi', ...args]), stderr: chunks.join('') };
  } finally {
    process.stderr.write = write;
  }
}

// sina 0017: 国家发展改革委能源研究所 is not in data/bodies.yaml; a user's lexicon file names its canonical form.
const ARTICLE = `---
title: 国家发展改革委环资司召开碳达峰、碳中和专家座谈会
date: 2021-03-19 09:00:00
---
<p>3月18日下午，国家发展改革委环资司副司长赵鹏高主持召开专家座谈会。</p>
<p>中国工程院院士王金南、国家发展改革委能源研究所所长王仲颖等专家学者参加座谈。</p>
`;
const USER_LEXICON = `bodies:
  - { name: 国家发展和改革委员会能源研究所, kind: organization, aka: [国家发展改革委能源研究所] }
`;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'huiyi-lexicon-'));
  writeFileSync(join(folder, 'article.md'), ARTICLE);
  writeFileSync(join(folder, 'mine.yaml'), USER_LEXICON);
  writeFileSync(join(folder, 'typo.yaml'), 'bodys: []\n');
});
// The lexicon in use is process-wide: later tests get the built-in data back.
afterEach(() => useLexiconFiles([]));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function bodiesExtracted(...lexiconArgs: string[]): Promise<ArticleFacts['bodies']> {
  const out = join(folder, 'out.jsonl');
  const { code } = await huiyi('extract', join(folder, 'article.md'), '--root', folder, '--out', out, ...lexiconArgs);
  expect(code).toBe(0);
  return (JSON.parse(readFileSync(out, 'utf8')) as ArticleFacts).bodies;
}

describe('--lexicon FILE', () => {
  it('adds the user’s bodies to the built-in alias table', async () => {
    const names = (bodies: ArticleFacts['bodies']) => bodies.map((body) => body.name);
    expect(names(await bodiesExtracted())).not.toContain('国家发展和改革委员会能源研究所');
    const withUserFile = await bodiesExtracted('--lexicon', join(folder, 'mine.yaml'));
    expect(withUserFile).toContainEqual({ name: '国家发展和改革委员会能源研究所', aka: ['国家发展改革委能源研究所'] });
  });

  it('stops with one message naming a file with an unknown table, exit code 2', async () => {
    const typo = join(folder, 'typo.yaml');
    const { code, stderr } = await huiyi('extract', join(folder, 'article.md'), '--lexicon', typo);
    expect(code).toBe(2);
    expect(stderr).toBe(`huiyi extract: ${typo}: unknown lexicon table "bodys"\n`);
  });

  it('stops with one message naming a file it cannot read, exit code 2', async () => {
    const missing = join(folder, 'missing.yaml');
    const { code, stderr } = await huiyi('build', join(folder, 'article.md'), '--out', join(folder, 'graph'), '--lexicon', missing);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^huiyi build: ${missing}: cannot read lexicon file \\(ENOENT`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
