import { Command } from 'commander';
import { createProgress } from '../progress.js';
import { readFactsFile } from '../../eval/facts-file.js';
import { buildCorpusGraph } from '../../graph/corpus.js';
import { writeGraphFiles } from '../../graph/files.js';
import { formatCounts, graphCounts } from '../../graph/stats.js';
import { articleJurisdiction, defaultLexicon } from '../../resolve/default-lexicon.js';
import { emptyOverrides, loadOverrides } from '../../resolve/overrides.js';
import type { ArticleFacts } from '../../types.js';

export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface BuildCommandOptions {
  out: string;
  root: string;
  overrides?: string;
  facts?: string;
}

/** `huiyi build PATH… --out DIR [--root DIR] [--overrides FILE] [--facts FILE]` */
export function buildCommand(output: CommandOutput = processOutput): Command {
  return new Command('build')
    .description('read, extract and merge articles into one graph; write graph.json, graph.gexf, graph.graphml and neo4j/ CSV')
    .argument('<paths...>', 'article files and folders')
    .requiredOption('--out <dir>', 'folder to write the graph files to')
    .option('--root <dir>', 'folder article ids are relative to', '.')
    .option('--overrides <file>', 'YAML or JSON file of merge overrides (see README)')
    .option('--facts <file>', 'take each article\'s facts from this JSON Lines file (e.g. corrected facts) instead of extracting them')
    .action(async (paths: string[], options: BuildCommandOptions) => {
      try {
        const overrides = options.overrides ? loadOverrides(options.overrides) : emptyOverrides();
        const givenFacts = options.facts ? factsByArticle(readFactsFile(options.facts)) : null;
        const progress = createProgress({ unit: 'files' });
        const { built, summary } = await buildCorpusGraph(paths, {
          root: options.root,
          lexicon: defaultLexicon(),
          overrides,
          jurisdictionOf: articleJurisdiction,
          ...(givenFacts ? { factsOf: (article: string) => givenFacts.get(article) } : {}),
          // counting the files for the bar's total costs a walk of the folders: only when a bar can be drawn
          ...(process.stderr.isTTY ? { onProgress: ({ files, totalFiles }) => progress.update(files, totalFiles) } : {}),
          onIssue: (issue) => {
            progress.stop();
            output.stderr(`huiyi build: ${issue.kind} ${issue.path}: ${issue.reason}\n`);
          },
        });
        progress.stop();
        const { counts } = summary;
        output.stderr(
          `huiyi build: ${counts.articles} articles (${counts.duplicates} duplicates, ${counts.skipped} skipped, ${counts.failed} failed)\n`,
        );
        const files = writeGraphFiles(built.graph, options.out);
        output.stdout(formatCounts(graphCounts(built.graph)));
        output.stderr(`huiyi build: wrote ${files.json}, ${files.gexf}, ${files.graphml} and ${files.neo4j.length} CSV files\n`);
      } catch (error) {
        output.stderr(`huiyi build: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    });
}

function factsByArticle(facts: ArticleFacts[]): Map<string, ArticleFacts> {
  return new Map(facts.map((entry) => [entry.article, entry]));
}
