/**
 * The graph over the whole shared corpus (../shared/corpus): build time and peak RSS, counts per label and type;
 * export throughput to a local Neo4j (NEO4J_URI, else the embedded server of tools/neo4j) in relationships/s, and
 * beside it `neo4j-admin database import full` of the same graph's CSV files, run from the Maven jars of
 * tools/neo4j. Run alone with `npx tsx bench/graph.ts`, or as the `graph` section of `npm run bench`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from '../src/export/connect.js';
import type { Neo4jTarget } from '../src/export/connect.js';
import { exportGraph } from '../src/export/neo4j.js';
import { buildCorpusGraph } from '../src/graph/corpus.js';
import { writeGraphFiles } from '../src/graph/files.js';
import type { HuiyiGraph } from '../src/graph/model.js';
import { formatCounts, graphCounts } from '../src/graph/stats.js';
import { articleJurisdiction, defaultLexicon } from '../src/resolve/default-lexicon.js';
import { adminImport } from '../tools/neo4j/admin-import.js';
import { startEmbeddedServer } from '../tools/neo4j/server.js';
import { CORPUS_FOLDERS, SHARED_CORPUS } from './read.js';

interface Timing {
  wallSeconds: number;
  cpuSeconds: number;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T } & Timing> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Exports into an empty database: the server NEO4J_URI names (emptied first!) or a fresh embedded one. */
async function exportBench(graph: HuiyiGraph): Promise<{ where: string; seconds: number; relationships: number; nodes: number }> {
  const fromEnv = process.env.NEO4J_URI;
  const server = fromEnv ? null : await startEmbeddedServer({ javaOpts: '-Xms1g -Xmx2g' });
  const target: Neo4jTarget = {
    uri: fromEnv ?? server!.uri,
    ...(process.env.NEO4J_USER ? { user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD ?? '' } : {}),
  };
  const driver = await connect(target);
  try {
    if (fromEnv) await driver.executeQuery('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    const started = performance.now();
    const summary = await exportGraph(driver, graph);
    const seconds = (performance.now() - started) / 1000;
    return { where: fromEnv ? `NEO4J_URI=${fromEnv}` : 'embedded Neo4j (tools/neo4j)', seconds, ...summary };
  } finally {
    await driver.close();
    await server?.stop();
  }
}

/** `neo4j-admin database import full` of the CSV files into a fresh Neo4j home. */
async function adminImportBench(csvDirectory: string, files: Array<{ file: string; kind: 'nodes' | 'relationships' }>) {
  const home = mkdtempSync(join(tmpdir(), 'huiyi-admin-import-'));
  try {
    return await adminImport(csvDirectory, files, home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

export async function graphBenchSection(paths: readonly string[] = CORPUS_FOLDERS, root = SHARED_CORPUS): Promise<string> {
  for (const path of paths) if (!existsSync(path)) throw new Error(`bench graph: ${path} not found`);
  let issues = 0;
  const build = await timed(() =>
    buildCorpusGraph(paths, { root, lexicon: defaultLexicon(), jurisdictionOf: articleJurisdiction, onIssue: () => (issues += 1) }),
  );
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const { graph } = build.result.built;
  const { counts } = build.result.summary;
  const directory = mkdtempSync(join(tmpdir(), 'huiyi-bench-graph-'));
  try {
    const written = await timed(async () => writeGraphFiles(graph, directory));
    const lines = [
      `graph build: ${counts.articles.toLocaleString('en')} articles (${counts.duplicates} duplicates, ${issues} skipped or failed)`,
      `  read + extract + merge: wall ${build.wallSeconds.toFixed(1)} s, CPU ${build.cpuSeconds.toFixed(1)} s; peak RSS ${peakRssMiB.toFixed(0)} MiB`,
      `  write graph.json, gexf, graphml, CSV: wall ${written.wallSeconds.toFixed(1)} s`,
      ...formatCounts(graphCounts(graph)).trimEnd().split('\n').map((line) => `  ${line}`),
    ];
    const exported = await exportBench(graph);
    const rate = exported.relationships / exported.seconds;
    lines.push(
      `graph export to ${exported.where}: ${exported.nodes.toLocaleString('en')} nodes, ` +
        `${exported.relationships.toLocaleString('en')} relationships in ${exported.seconds.toFixed(1)} s ` +
        `(${Math.round(rate).toLocaleString('en')} relationships/s)`,
    );
    try {
      const csvDirectory = join(directory, 'neo4j');
      const files = written.result.neo4j.map(({ file, kind }) => ({ file, kind }));
      const imported = await adminImportBench(csvDirectory, files);
      lines.push(
        `neo4j-admin database import full of the same CSV: ${imported.nodes.toLocaleString('en')} nodes, ` +
          `${imported.relationships.toLocaleString('en')} relationships in ${imported.seconds.toFixed(1)} s, JVM start included ` +
          `(${Math.round(imported.relationships / imported.seconds).toLocaleString('en')} relationships/s); ` +
          `export / import = ${(exported.seconds / imported.seconds).toFixed(2)} (target ≤ 3)`,
      );
    } catch (error) {
      lines.push(`neo4j-admin import: not measured: ${error instanceof Error ? error.message : String(error)}`);
    }
    return lines.join('\n');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const paths = process.argv.slice(2);
  console.log(await graphBenchSection(paths.length > 0 ? paths : undefined));
}
