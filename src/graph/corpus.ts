import { runCorpus } from '../run/index.js';
import type { RunOptions, RunSummary } from '../run/index.js';
import type { ReadIssue } from '../read/index.js';
import type { ArticleFacts, ParsedArticle } from '../types.js';
import { GraphBuilder } from './build.js';
import type { BuildOptions, BuiltGraph } from './build.js';

export interface CorpusBuildOptions extends BuildOptions {
  root?: string;
  onProgress?: RunOptions['onProgress'];
  /** Called for every file that gave no article (the run goes on). */
  onIssue?: (issue: ReadIssue) => void;
  /** Facts to use for an article instead of the extractor's (e.g. corrected by hand); undefined → extracted. */
  factsOf?: (article: string) => ArticleFacts | undefined;
  /** The article's jurisdiction, from the lexicon's context inference. */
  jurisdictionOf?: (parsed: ParsedArticle) => string | null;
}

/** Reads, parses and extracts every article under `paths` and merges them into one graph. */
export async function buildCorpusGraph(
  paths: readonly string[],
  options: CorpusBuildOptions = {},
): Promise<{ built: BuiltGraph; summary: RunSummary }> {
  const builder = new GraphBuilder(options);
  const run = runCorpus(paths, { ...(options.root === undefined ? {} : { root: options.root }), onProgress: options.onProgress });
  for (;;) {
    const step = await run.next();
    if (step.done) return { built: builder.build(), summary: step.value };
    const event = step.value;
    if (event.kind === 'article') {
      const { parsed } = event;
      builder.add({
        article: { ...parsed, jurisdiction: options.jurisdictionOf?.(parsed) ?? null },
        facts: options.factsOf?.(parsed.article) ?? event.facts,
      });
    } else if (event.kind === 'duplicate') {
      builder.addDuplicate(event.article, event.duplicateOf);
    } else {
      options.onIssue?.(event);
    }
  }
}
