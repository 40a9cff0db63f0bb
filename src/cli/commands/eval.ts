import { Command } from 'commander';
import type { ArticleFacts } from '../../types.js';
import { isFactsFile, readFactsFile } from '../../eval/facts-file.js';
import { extractPredictions } from '../../eval/predict.js';
import { formatMisses, formatScores } from '../../eval/report.js';
import { scoreMeetingMerge } from '../../eval/merge.js';
import type { MeetingNodeOf } from '../../eval/merge.js';
import { scoreArticles } from '../../eval/score.js';

interface EvalOptions {
  gold: string;
  root: string;
  misses?: boolean;
  json?: boolean;
}

interface Predicted {
  facts: ArticleFacts[];
  /** Known only when huiyi merged the articles itself: a facts file says nothing of the graph. */
  meetingNode?: MeetingNodeOf;
}

/**
 * Facts files are read as they are; any other inputs are articles, run through the pipeline first.
 * A mix is refused: whether a facts file among articles is meant as prediction or as input is a guess.
 */
async function predictionsOf(inputs: string[], root: string): Promise<Predicted> {
  const factsFiles = inputs.filter((input) => isFactsFile(input));
  if (factsFiles.length === inputs.length) return { facts: inputs.flatMap((input) => readFactsFile(input)) };
  if (factsFiles.length > 0) {
    throw new Error(`give either facts files or articles to extract, not both (facts files: ${factsFiles.join(', ')})`);
  }
  const { facts, counts, issues, meetingNode } = await extractPredictions(inputs, root);
  for (const issue of issues) process.stderr.write(`huiyi eval: ${issue.kind} ${issue.path}: ${issue.reason}\n`);
  process.stderr.write(
    `huiyi eval: extracted ${counts.articles} articles (${counts.duplicates} duplicates, ${counts.skipped} skipped, ${counts.failed} failed)\n`,
  );
  return { facts, meetingNode };
}

/** `huiyi eval --gold GOLD.jsonl PREDICTED.jsonl… [--misses] [--json]`, or with article files and folders to extract. */
export function evalCommand(): Command {
  return new Command('eval')
    .description('score extracted facts against gold facts: precision, recall and F1 per category (see FORMAT.md); given articles, also meeting_merge')
    .argument('<predicted...>', 'facts file(s) as written by huiyi extract, or article files and folders to extract')
    .requiredOption('--gold <file>', 'gold facts, JSON Lines in the same format')
    .option('--root <dir>', 'when extracting: the folder article ids are relative to, as in the gold', '.')
    .option('--misses', 'list every missed and spurious item')
    .option('--json', 'print the scores as JSON')
    .action(async (inputs: string[], options: EvalOptions) => {
      try {
        const gold = readFactsFile(options.gold);
        const predicted = await predictionsOf(inputs, options.root);
        const score = scoreArticles(gold, predicted.facts);
        const merge = predicted.meetingNode && scoreMeetingMerge(gold, predicted.facts, predicted.meetingNode);
        if (options.json) {
          const shown = { ...score, ...(options.misses ? {} : { misses: undefined }), meetingMerge: merge };
          process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${formatScores(score, merge)}\n`);
        if (options.misses) process.stdout.write(`\n${formatMisses(score)}\n`);
      } catch (error) {
        process.stderr.write(`huiyi eval: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    });
}
