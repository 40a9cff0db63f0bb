import type { ReadIssue } from '../read/index.js';
import { runCorpus } from '../run/index.js';
import type { RunCounts } from '../run/index.js';
import { GraphBuilder } from '../graph/build.js';
import { articleJurisdiction, defaultLexicon } from '../resolve/default-lexicon.js';
import type { ArticleFacts } from '../types.js';
import type { MeetingNodeOf } from './merge.js';

export interface Predictions {
  facts: ArticleFacts[];
  counts: RunCounts;
  issues: ReadIssue[];
  /** The Meeting node of the merged graph each predicted meeting ended up in, for `meeting_merge`. */
  meetingNode: MeetingNodeOf;
}

/**
 * Predictions made by running the pipeline over article files and folders, for scoring without an extract step.
 * An article stored twice keeps its facts under each of its ids, because a gold file may list either path.
 * The articles are also merged into a graph as `huiyi build` merges them, so that the merge can be scored too.
 */
export async function extractPredictions(paths: readonly string[], root: string): Promise<Predictions> {
  const facts: ArticleFacts[] = [];
  const graph = new GraphBuilder({ lexicon: defaultLexicon() });
  const run = runCorpus(paths, { root });
  for (;;) {
    const next = await run.next();
    if (next.done) {
      const built = graph.build();
      return {
        facts,
        counts: next.value.counts,
        issues: next.value.issues,
        meetingNode: (article, meeting) => built.meetingNode(article, meeting.id),
      };
    }
    const event = next.value;
    if (event.kind === 'article') {
      graph.add({ article: { ...event.parsed, jurisdiction: articleJurisdiction(event.parsed) }, facts: event.facts });
      facts.push(event.facts);
    } else if (event.kind === 'duplicate') {
      graph.addDuplicate(event.article, event.duplicateOf);
      facts.push(event.facts);
    }
  }
}
