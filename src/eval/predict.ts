import type { ReadIssue } from '../read/index.js';
import { runCorpus } from '../run/index.js';
import type { RunCounts } from '../run/index.js';
import type { ArticleFacts } from '../types.js';

export interface Predictions {
  facts: ArticleFacts[];
  counts: RunCounts;
  issues: ReadIssue[];
}

/**
 * Predictions made by running the pipeline over article files and folders, for scoring without an extract step.
 * An article stored twice keeps its facts under each of its ids, because a gold file may list either path.
 */
export async function extractPredictions(paths: readonly string[], root: string): Promise<Predictions> {
  const facts: ArticleFacts[] = [];
  const run = runCorpus(paths, { root });
  for (;;) {
    const next = await run.next();
    if (next.done) return { facts, counts: next.value.counts, issues: next.value.issues };
    const event = next.value;
    if (event.kind === 'article' || event.kind === 'duplicate') facts.push(event.facts);
  }
}
