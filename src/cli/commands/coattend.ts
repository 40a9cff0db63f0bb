import { Command, InvalidArgumentError, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import type Graph from 'graphology';
import {
  analyse,
  backboneTies,
  BETWEENNESS_LIMIT,
  coattendanceGraph,
  projectPairs,
  tiedPeople,
  WEIGHTINGS,
  type Analysis,
  type CoattendFilters,
  type CoattendGraph,
  type Weighting,
} from '../../analyse/index.js';
import { readFactsFile } from '../../eval/facts-file.js';
import { buildCorpusGraph } from '../../graph/corpus.js';
import { readGraphJson } from '../../graph/files.js';
import { networkScene } from '../../render/scene.js';
import { renderSvg } from '../../render/svg.js';
import {
  renderGexf,
  renderGraphml,
  renderJson,
  renderPeopleCsv,
  renderTable,
  renderTiesCsv,
} from '../../render/tables.js';
import { articleJurisdiction, defaultLexicon } from '../../resolve/default-lexicon.js';
import type { ArticleFacts, ParticipantRole } from '../../types.js';

export const COATTEND_FORMATS = ['table', 'csv', 'json', 'gexf', 'graphml', 'svg', 'png', 'html'] as const;
export type CoattendFormat = (typeof COATTEND_FORMATS)[number];
const ROLES: readonly ParticipantRole[] = ['chair', 'attendee', 'observer'];

export interface CoattendOutput {
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: the default format is then `table`, else `csv`. */
  isTerminal: boolean;
}

const processOutput: CoattendOutput = {
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
  isTerminal: process.stdout.isTTY === true,
};

interface CoattendCommandOptions {
  graph?: string;
  root: string;
  facts?: string;
  weight: Weighting;
  from?: string;
  to?: string;
  body?: string;
  place?: string;
  role?: ParticipantRole[];
  person?: string;
  depth: number;
  min: number;
  maxSize?: number;
  backbone?: number;
  seed: number;
  betweennessLimit: number;
  format?: CoattendFormat;
  top: number;
  output?: string;
  nodes?: string;
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(value);
}

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  }
  return value;
}

function probability(value: string): number {
  const alpha = Number(value);
  if (value.trim() === '' || !(alpha > 0 && alpha < 1)) throw new InvalidArgumentError('expected a number between 0 and 1');
  return alpha;
}

function roles(value: string, previous: ParticipantRole[] | undefined): ParticipantRole[] {
  const given = value.split(',').map((role) => role.trim());
  for (const role of given) {
    if (!ROLES.includes(role as ParticipantRole)) throw new InvalidArgumentError(`expected ${ROLES.join(', ')}`);
  }
  return [...(previous ?? []), ...(given as ParticipantRole[])];
}

/**
 * `huiyi coattend PATH…|--graph graph.json [options]`: who sits in meetings with whom, how often, since when.
 */
export function coattendCommand(output: CoattendOutput = processOutput): Command {
  return new Command('coattend')
    .description('project people × meetings onto a weighted person–person network of co-attendance')
    .argument('[paths...]', 'article files and folders (or give --graph)')
    .option('--graph <file>', 'graph.json written by `huiyi build`')
    .option('--root <dir>', 'folder article ids are relative to', '.')
    .option('--facts <file>', "take each article's facts from this JSON Lines file instead of extracting them")
    .addOption(new Option('--weight <weighting>', 'tie weight').choices(WEIGHTINGS).default('count'))
    .option('--from <date>', 'first meeting date included (YYYY-MM-DD)', date)
    .option('--to <date>', 'last meeting date included (YYYY-MM-DD)', date)
    .option('--body <name>', 'only meetings convened by this body')
    .option('--place <name>', 'only meetings held in this place (a name or the start of a path)')
    .option('--role <roles>', 'only presences in these roles: chair, attendee, observer (comma-separated)', roles)
    .option('--person <name>', "only this person's ego network")
    .option('--depth <n>', 'steps from --person', positiveInteger, 1)
    .option('--min <n>', 'only ties of at least N shared meetings', positiveInteger, 1)
    .option('--max-size <n>', 'leave out meetings of more than N people', positiveInteger)
    .option('--backbone <alpha>', 'keep only ties significant at ALPHA (disparity filter)', probability)
    .option('--seed <n>', 'seed of community detection and layout', integer, 1)
    .option('--betweenness-limit <n>', 'leave betweenness out above N people (it takes people × ties steps)', positiveInteger, BETWEENNESS_LIMIT)
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, csv otherwise)').choices(COATTEND_FORMATS))
    .option('--top <n>', 'pairs listed by --format table', positiveInteger, 30)
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--nodes <file>', 'also write the people (community, degree, weighted degree, betweenness) as CSV')
    .action(async (paths: string[], options: CoattendCommandOptions) => {
      try {
        const graph = await inputGraph(paths, options, output);
        const filters: CoattendFilters = {
          weighting: options.weight,
          min: options.min,
          depth: options.depth,
          ...definedOnly({
            from: options.from,
            to: options.to,
            body: options.body,
            place: options.place,
            roles: options.role,
            person: options.person,
            maxSize: options.maxSize,
          }),
        };
        let projection = projectPairs(graph, filters);
        if (options.backbone !== undefined) projection = backboneTies(projection, options.backbone);
        // The ties alone (csv) come straight from the pair table; a graphology graph, communities and centrality
        // are built only for the outputs that show them.
        let network: CoattendGraph | undefined;
        const networkGraph = (): CoattendGraph => (network ??= coattendanceGraph(projection));
        let analysis: Analysis | undefined;
        const analysed = (): Analysis =>
          (analysis ??= analyse(networkGraph(), { seed: options.seed, betweennessLimit: options.betweennessLimit }));
        const format = options.format ?? (output.isTerminal && !options.output ? 'table' : 'csv');
        const people = tiedPeople(projection).length;
        const ties = projection.ties.length;

        let result: string | Uint8Array;
        if (format === 'table') result = renderTable(projection, analysed(), options.top);
        else if (format === 'csv') result = renderTiesCsv(projection);
        else if (format === 'json') result = renderJson(projection, analysed());
        else if (format === 'gexf') result = renderGexf(networkGraph(), analysed());
        else if (format === 'graphml') result = renderGraphml(networkGraph(), analysed());
        else {
          const scene = networkScene(networkGraph(), analysed(), { seed: options.seed });
          const title = pictureTitle(people, ties, options);
          const subtitle = `圆点大小：加权度 · 颜色：社区 · 线宽：${options.weight}`;
          // Loading the PNG rasterizer and the HTML explorer takes about 80 ms: only the outputs that use them pay it.
          if (format === 'svg') result = renderSvg(scene, { title, subtitle });
          else if (format === 'png') result = (await import('../../render/png.js')).renderPng(renderSvg(scene, { title, subtitle }));
          else {
            const { explorerData, renderHtml } = await import('../../render/html.js');
            result = await renderHtml(scene, explorerData(networkGraph(), analysed(), projection.table, scene, title));
          }
        }

        if (options.output) writeFileSync(options.output, result);
        else output.stdout(result);
        if (options.nodes) writeFileSync(options.nodes, renderPeopleCsv(networkGraph(), analysed()));
        const communities =
          analysis === undefined ? '' : `, ${analysis.communities} ${analysis.communities === 1 ? 'community' : 'communities'}`;
        output.stderr(`huiyi coattend: ${people} people, ${ties} ties${communities} from ${projection.pairs.totalMeetings} meetings\n`);
        if (analysis !== undefined && people > options.betweennessLimit) {
          output.stderr(`huiyi coattend: betweenness left out: ${people} people, above --betweenness-limit ${options.betweennessLimit}\n`);
        }
      } catch (error) {
        output.stderr(`huiyi coattend: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    });
}

async function inputGraph(paths: string[], options: CoattendCommandOptions, output: CoattendOutput): Promise<Graph> {
  if (options.graph !== undefined && paths.length > 0) throw new Error('give article paths or --graph, not both');
  if (options.graph !== undefined) return readGraphJson(options.graph);
  if (paths.length === 0) throw new Error('give article paths or --graph graph.json');
  const givenFacts = options.facts ? new Map(readFactsFile(options.facts).map((facts: ArticleFacts) => [facts.article, facts])) : null;
  const { built } = await buildCorpusGraph(paths, {
    root: options.root,
    lexicon: defaultLexicon(),
    jurisdictionOf: articleJurisdiction,
    ...(givenFacts ? { factsOf: (article: string) => givenFacts.get(article) } : {}),
    onIssue: (issue) => output.stderr(`huiyi coattend: ${issue.kind} ${issue.path}: ${issue.reason}\n`),
  });
  return built.graph;
}

function pictureTitle(people: number, ties: number, options: CoattendCommandOptions): string {
  const scope = [
    options.person,
    options.body,
    options.place,
    options.from || options.to ? `${options.from ?? '…'}–${options.to ?? '…'}` : undefined,
  ].filter((part) => part !== undefined);
  return ['共同出席网络', ...scope, `${people}人 · ${ties}条关系`].join(' · ');
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
