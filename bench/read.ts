/**
 * Reading and parsing the whole shared corpus (../shared/corpus): articles/s, MB/s and peak RSS.
 * Run alone with `npx tsx bench/read.ts [PATH…]` (unpinned), or as the `read` and `extract` sections of
 * `npm run bench`, which pins them to one core (bench/pin.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFacts } from '../src/extract/index.js';
import { parseArticle } from '../src/parse/index.js';
import { readArticles } from '../src/read/index.js';
import { pinningNote } from './pin.js';

export const SHARED_CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
/** The article folders of the shared corpus (its README and SOURCES.tsv are not articles). */
export const CORPUS_FOLDERS = ['seeds', 'sina', 'xwlb', 'hkcnews', 'terminus2049'].map((name) => join(SHARED_CORPUS, name));

export interface ReadBenchResult {
  name: string;
  /** The article rate the issue sets for this run. */
  target: number;
  articles: number;
  issues: number;
  megabytes: number;
  wallSeconds: number;
  /** CPU time of this process: on a shared machine the wall time also counts other processes' turns. */
  cpuSeconds: number;
  peakRssMiB: number;
}

/**
 * Reads and parses every article under the paths, one at a time, as `huiyi extract` does; with `extract`, also
 * extracts its facts.
 */
export async function runReadBench(
  paths: readonly string[] = CORPUS_FOLDERS,
  { root = SHARED_CORPUS, extract = false }: { root?: string; extract?: boolean } = {},
): Promise<ReadBenchResult> {
  for (const path of paths) if (!existsSync(path)) throw new Error(`bench read: ${path} not found`);
  let articles = 0;
  let issues = 0;
  let bytes = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for await (const item of readArticles(paths, { root })) {
    if (item.kind !== 'article') {
      issues++;
      continue;
    }
    bytes += Buffer.byteLength(item.raw.content);
    const parsed = parseArticle(item.raw);
    if (extract) extractFacts(parsed);
    articles++;
  }
  const used = process.cpuUsage(cpu);
  return {
    name: extract ? 'read + parse + extract' : 'read + parse',
    target: extract ? 1000 : 2000,
    articles,
    issues,
    megabytes: bytes / 1e6,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

export function formatReadBench(result: ReadBenchResult): string {
  const rate = (seconds: number): string =>
    `${Math.round(result.articles / seconds).toLocaleString('en')} articles/s, ${(result.megabytes / seconds).toFixed(1)} MB/s`;
  return [
    `${result.name}: ${result.articles.toLocaleString('en')} articles (${result.megabytes.toFixed(1)} MB), ${result.issues} skipped or failed`,
    `  wall ${result.wallSeconds.toFixed(2)} s: ${rate(result.wallSeconds)}`,
    `  CPU  ${result.cpuSeconds.toFixed(2)} s: ${rate(result.cpuSeconds)} (target ≥ ${result.target.toLocaleString('en')} articles/s on one core)`,
    `  peak RSS of the whole run ${result.peakRssMiB.toFixed(0)} MiB`,
  ].join('\n');
}

/**
 * Two passes over the same files: the first pays for compiling the code paths and growing the heap, the second
 * shows the rate a long run settles at.
 */
export async function readBenchSection(paths?: readonly string[], extract = false): Promise<string> {
  const cold = await runReadBench(paths, { extract });
  const warm = await runReadBench(paths, { extract });
  return [
    `${cold.name}: ${pinningNote()}`,
    formatReadBench({ ...cold, name: `${cold.name}, first pass` }),
    formatReadBench({ ...warm, name: `${warm.name}, second pass` }),
  ].join('\n');
}

/**
 * Extraction on texts the process has not seen, once its code is compiled: the corpus files split alternately in
 * two halves; the first half warms the process up, the second is timed. A second pass over the same files (as in
 * `readBenchSection`) also finds the caches that extraction keeps by surface form full, so it runs faster than a
 * long run of new articles would.
 */
export async function unseenBenchSection(): Promise<string> {
  const files = CORPUS_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  ).sort();
  const warmUp = await runReadBench(files.filter((_file, index) => index % 2 === 0), { extract: true });
  const unseen = await runReadBench(files.filter((_file, index) => index % 2 === 1), { extract: true });
  return [
    `read + parse + extract of unseen texts: ${pinningNote()}`,
    formatReadBench({ ...warmUp, name: 'first half of the files (warm-up)' }),
    formatReadBench({ ...unseen, name: 'second half, timed after the first' }),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const paths = process.argv.slice(2);
  console.log(await readBenchSection(paths.length > 0 ? paths : undefined));
}
