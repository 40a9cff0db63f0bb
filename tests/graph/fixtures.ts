import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleFacts } from '../../src/types.js';
import type { GraphInput } from '../../src/resolve/article.js';

export const GOLD_DIR = path.resolve(import.meta.dirname, '../../../shared/gold');
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus');
export const EXAMPLES_DIR = path.resolve(import.meta.dirname, '../../examples/articles');
export const hasGold = existsSync(path.join(GOLD_DIR, 'seeds.jsonl'));

export function readGold(file: 'seeds.jsonl' | 'dev.jsonl'): ArticleFacts[] {
  return readFileSync(path.join(GOLD_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ArticleFacts);
}

/**
 * Gold facts with hand-made article metadata: the content hash is the hash of the file's bytes (identical files are
 * one article, as the parser's hash of the normalized text would also say), the title the first line of the facts.
 */
export function goldInput(facts: ArticleFacts, overrides: Partial<GraphInput['article']> = {}): GraphInput {
  const file = path.join(CORPUS_DIR, facts.article);
  const content = existsSync(file) ? readFileSync(file) : Buffer.from(facts.article);
  return {
    article: {
      article: facts.article,
      title: null,
      url: null,
      published: facts.published,
      outlet: facts.outlet,
      origin: facts.origin,
      staff: facts.staff,
      contentHash: createHash('sha256').update(content).digest('hex'),
      ...overrides,
    },
    facts,
  };
}
