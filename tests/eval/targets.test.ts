import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/eval/facts-file.js';
import { extractPredictions } from '../../src/eval/predict.js';
import { scoreArticles } from '../../src/eval/score.js';

// The extraction issue's targets, measured the way `huiyi eval` measures them: extract the gold's articles from the
// shared corpus and score against the hand-checked facts. The hidden set is scored the same way.
const corpus = '../shared/corpus';
const gold = '../shared/gold';

async function f1ByCategory(goldFile: string): Promise<Record<string, number | null>> {
  const expected = readFactsFile(join(gold, goldFile));
  const { facts } = await extractPredictions(
    expected.map((article) => join(corpus, article.article)),
    corpus,
  );
  const { perCategory } = scoreArticles(expected, facts);
  return Object.fromEntries(Object.entries(perCategory).map(([category, score]) => [category, score.f1]));
}

describe.skipIf(!existsSync(join(gold, 'seeds.jsonl')))('extraction targets on the gold', () => {
  it('the five seeds: participation, titles, meetings, published, staff exact; people, bodies, places ≥ 0.9', async () => {
    const f1 = await f1ByCategory('seeds.jsonl');
    expect([f1.participation, f1.titles, f1.meetings, f1.published, f1.staff]).toEqual([1, 1, 1, 1, 1]);
    for (const category of ['people', 'bodies', 'places']) expect(f1[category], category).toBeGreaterThanOrEqual(0.9);
  });

  it('dev.jsonl: every category F1 ≥ 0.9', async () => {
    const f1 = await f1ByCategory('dev.jsonl');
    for (const [category, value] of Object.entries(f1)) expect(value, category).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!existsSync(join(corpus, 'sina')))('ordinary economic news', () => {
  it('sina/0101–0147 yield no meetings', async () => {
    const files = readdirSync(join(corpus, 'sina'))
      .filter((name) => /^01\d\d\.md$/.test(name))
      .map((name) => join(corpus, 'sina', name));
    expect(files.length).toBeGreaterThan(40);
    const { facts } = await extractPredictions(files, corpus);
    expect(facts.filter((article) => article.meetings.length > 0).map((article) => article.article)).toEqual([]);
  });
});
