/**
 * Co-attendance at scale: 100,000 meetings of 20 people each (19 million pair increments).
 * Run alone with `npx tsx bench/coattend.ts [meetings]`, or as a section of `npm run bench` (runCoattendBench).
 *
 * The synthetic archive is built as a graph in the huiyi model (directed multigraph, the shape `huiyi build`
 * writes and `--graph` reads); building it is not timed as part of the projection. Then, each timed apart:
 * the projection proper (`projectPairs`: reading the meetings out of the graph, counting pairs, weights), the CSV
 * of its ties (what `huiyi coattend --format csv` prints, from the pair table), and, for the outputs that need
 * one, turning the ties into a graphology graph. Times are wall and CPU: on a shared machine the wall time also
 * counts other processes' turns.
 */
import Graph from 'graphology';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { aggregatePairs, coattendanceGraph, collectMeetings, projectPairs, seededRandom } from '../src/analyse/index.js';
import { renderTiesCsv } from '../src/render/tables.js';

export interface CoattendBenchOptions {
  meetings?: number;
  participants?: number;
  /** Bodies that convene the meetings; each draws its participants from its own pool of members. */
  bodies?: number;
  poolSize?: number;
  people?: number;
}

export interface Timing {
  wallSeconds: number;
  cpuSeconds: number;
  /** Garbage-collection pauses within the phase: with a gigabyte of input graph on the heap, one full collection
   * takes seconds, whichever phase happens to trigger it. */
  gcSeconds: number;
}

export interface CoattendBenchResult {
  name: string;
  meetings: number;
  pairIncrements: number;
  ties: number;
  buildInput: Timing;
  /** Resident memory once the input graph is built, before the projection. */
  inputRssMiB: number;
  projection: Timing;
  /** The two parts of the projection, timed again apart. */
  read: Timing;
  pairs: Timing;
  csv: Timing & { megabytes: number };
  graph: Timing;
  /** Peak resident memory of the projection and its CSV, before the graphology graph is built. */
  projectionPeakRssMiB: number;
  peakRssMiB: number;
}

/** Times phases, counting the garbage-collection pauses in each (V8 reports them a turn of the event loop later). */
class PhaseTimer {
  private readonly pauses: PerformanceEntry[] = [];
  private readonly observer = new PerformanceObserver((list) => this.pauses.push(...list.getEntries()));

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  async time<T>(run: () => T): Promise<[T, Timing]> {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(cpu);
    const end = performance.now();
    await nextTurn();
    await nextTurn();
    const gc = this.pauses
      .filter((pause) => pause.startTime >= start && pause.startTime < end)
      .reduce((total, pause) => total + pause.duration, 0);
    return [result, { wallSeconds: (end - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, gcSeconds: gc / 1000 }];
  }

  stop(): void {
    this.observer.disconnect();
  }
}

const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

/** The synthetic archive as a graph in the huiyi model: each body has a pool of members, each meeting a sample. */
export function syntheticMeetingGraph(options: Required<CoattendBenchOptions>, seed = 1): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'directed', multi: true });
  for (let person = 0; person < options.people; person++) {
    graph.addNode(`p${person}`, { label: 'Person', id: `p${person}`, name: `人物${person}` });
  }
  const pools: number[][] = [];
  for (let body = 0; body < options.bodies; body++) {
    graph.addNode(`b${body}`, { label: 'Body', id: `b${body}`, name: `机构${body}` });
    const pool = new Set<number>();
    while (pool.size < options.poolSize) pool.add(Math.floor(random() * options.people));
    pools.push([...pool]);
  }
  const start = Date.UTC(2015, 0, 1);
  for (let meeting = 0; meeting < options.meetings; meeting++) {
    const key = `m${meeting}`;
    const body = Math.floor(random() * options.bodies);
    const date = new Date(start + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    graph.addNode(key, { label: 'Meeting', id: key, title: `会议${meeting}`, date, timeOfDay: null });
    graph.addDirectedEdge(key, `b${body}`, { type: 'CONVENED_BY', session: null });
    const pool = pools[body]!;
    const chosen = new Set<number>();
    while (chosen.size < options.participants) chosen.add(pool[Math.floor(random() * pool.length)]!);
    let rank = 0;
    for (const person of chosen) {
      graph.addDirectedEdge(`p${person}`, key, rank++ === 0 ? { type: 'CHAIRED' } : { type: 'ATTENDED', as: 'attendee' });
    }
  }
  return graph;
}

export async function runCoattendBench(options: CoattendBenchOptions = {}): Promise<CoattendBenchResult> {
  const settings: Required<CoattendBenchOptions> = {
    meetings: 100_000,
    participants: 20,
    bodies: 2_000,
    poolSize: 40,
    people: 50_000,
    ...options,
  };
  const timer = new PhaseTimer();
  const [input, buildInput] = await timer.time(() => syntheticMeetingGraph(settings));
  const inputRssMiB = process.memoryUsage().rss / 1_048_576;
  const [projected, projection] = await timer.time(() => projectPairs(input, { weighting: 'newman' }));
  const [table, read] = await timer.time(() => collectMeetings(input));
  const [, pairs] = await timer.time(() => aggregatePairs(table));
  const [csvText, csvTiming] = await timer.time(() => renderTiesCsv(projected));
  const projectionPeakRssMiB = peakRssMiB();
  const [, graph] = await timer.time(() => coattendanceGraph(projected));
  timer.stop();

  return {
    name: `coattend ${settings.meetings.toLocaleString('en')} meetings × ${settings.participants}`,
    meetings: settings.meetings,
    pairIncrements: (settings.meetings * settings.participants * (settings.participants - 1)) / 2,
    ties: projected.ties.length,
    buildInput,
    inputRssMiB,
    projection,
    read,
    pairs,
    csv: { ...csvTiming, megabytes: Buffer.byteLength(csvText) / 1_048_576 },
    graph,
    projectionPeakRssMiB,
    peakRssMiB: peakRssMiB(),
  };
}

const seconds = (timing: Timing): string =>
  `${timing.wallSeconds.toFixed(2)} s wall (${timing.gcSeconds.toFixed(2)} s of it GC pauses), ${timing.cpuSeconds.toFixed(2)} s CPU`;

/** The figures as text; takes the promise too, so that `formatCoattendBench(runCoattendBench())` can be awaited. */
export async function formatCoattendBench(run: CoattendBenchResult | Promise<CoattendBenchResult>): Promise<string> {
  const result = await run;
  return [
    `${result.name}: ${result.pairIncrements.toLocaleString('en')} pair increments → ${result.ties.toLocaleString('en')} ties`,
    `  input graph (huiyi model, not timed as the projection): built in ${seconds(result.buildInput)}, RSS ${result.inputRssMiB.toFixed(0)} MiB`,
    `  projection (read meetings from the graph, pair counts, first/last, newman weights): ${seconds(result.projection)}  (target < 5 s)`,
    `    of which reading the meetings out of the graph: ${seconds(result.read)}`,
    `    and counting the pairs: ${seconds(result.pairs)}`,
    `  CSV of the ties (--format csv, ${result.csv.megabytes.toFixed(0)} MB): ${seconds(result.csv)}`,
    `  peak RSS up to here, input graph included: ${result.projectionPeakRssMiB.toFixed(0)} MiB  (target < 2048 MiB)`,
    `  the ties as a graphology graph (only for table, json, gexf, graphml, svg, png, html, --nodes): ${seconds(result.graph)}`,
    `  peak RSS of the whole run: ${result.peakRssMiB.toFixed(0)} MiB`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const meetings = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(await formatCoattendBench(runCoattendBench(meetings ? { meetings } : {})));
}
