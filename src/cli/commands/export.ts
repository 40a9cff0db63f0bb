import { Command } from 'commander';
import { createProgress } from '../progress.js';
import { buildCorpusGraph } from '../../graph/corpus.js';
import { readGraphJson } from '../../graph/files.js';
import type { HuiyiGraph } from '../../graph/model.js';
import { DEFAULT_BATCH_SIZE } from '../../export/batch-size.js';
import type { Neo4jTarget } from '../../export/connect.js';
import { articleJurisdiction, defaultLexicon } from '../../resolve/default-lexicon.js';
import { emptyOverrides, loadOverrides } from '../../resolve/overrides.js';
import type { CommandOutput } from './build.js';

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface ExportCommandOptions {
  graph?: string;
  neo4j: string;
  database?: string;
  root: string;
  overrides?: string;
  batchSize: string;
  maxBatches?: string;
}

/** `huiyi export PATH…|--graph graph.json --neo4j URI [--database NAME]`; credentials from NEO4J_USER / NEO4J_PASSWORD. */
export function exportCommand(output: CommandOutput = processOutput, env: NodeJS.ProcessEnv = process.env): Command {
  return new Command('export')
    .description('write the graph of articles (or of a graph.json) into Neo4j; user and password from NEO4J_USER, NEO4J_PASSWORD')
    .argument('[paths...]', 'article files and folders (or give --graph)')
    .option('--graph <file>', 'graph.json written by huiyi build')
    .requiredOption('--neo4j <uri>', 'Neo4j URI, e.g. bolt://localhost:7687')
    .option('--database <name>', 'database name (default: the server\'s default database)')
    .option('--root <dir>', 'folder article ids are relative to', '.')
    .option('--overrides <file>', 'YAML or JSON file of merge overrides')
    .option('--batch-size <rows>', 'rows per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--max-batches <n>', 'stop after this many batches (a later run completes the export)')
    .action(async (paths: string[], options: ExportCommandOptions) => {
      const target: Neo4jTarget = {
        uri: options.neo4j,
        ...(options.database ? { database: options.database } : {}),
        ...(env.NEO4J_USER ? { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? '' } : {}),
      };
      try {
        if (!options.graph && paths.length === 0) throw new Error('give article paths or --graph graph.json');
        const graph = options.graph ? readGraphJson(options.graph) : await graphOf(paths, options, output);
        // Loading neo4j-driver takes about 120 ms: every other command starts without it.
        const [{ connect, describeNeo4jError }, { exportGraph }] = await Promise.all([
          import('../../export/connect.js'),
          import('../../export/neo4j.js'),
        ]);
        const driver = await connect(target);
        try {
          const started = Date.now();
          const progress = createProgress({ unit: 'rows' });
          const summary = await exportGraph(driver, graph, {
            ...(target.database ? { database: target.database } : {}),
            batchSize: Number(options.batchSize),
            ...(options.maxBatches ? { maxBatches: Number(options.maxBatches) } : {}),
            onProgress: ({ rowsDone, rowsTotal }) => progress.update(rowsDone, rowsTotal),
          }).finally(() => progress.stop());
          const seconds = (Date.now() - started) / 1000;
          output.stdout(
            `${summary.complete ? 'exported' : 'partly exported'} ${summary.nodes} nodes and ${summary.relationships} relationships ` +
              `in ${summary.batches} batches (${Math.round(summary.relationships / Math.max(seconds, 0.001))} relationships/s)\n`,
          );
        } catch (error) {
          throw describeNeo4jError(error, target);
        } finally {
          await driver.close();
        }
      } catch (error) {
        output.stderr(`huiyi export: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    });
}

async function graphOf(paths: string[], options: ExportCommandOptions, output: CommandOutput): Promise<HuiyiGraph> {
  const { built } = await buildCorpusGraph(paths, {
    root: options.root,
    lexicon: defaultLexicon(),
    overrides: options.overrides ? loadOverrides(options.overrides) : emptyOverrides(),
    jurisdictionOf: articleJurisdiction,
    onIssue: (issue) => output.stderr(`huiyi export: ${issue.kind} ${issue.path}: ${issue.reason}\n`),
  });
  return built.graph;
}
