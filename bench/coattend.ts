/**
 * Co-attendance at scale: 100,000 meetings of 20 people each (19 million pair increments), projected from a
 * graph in the huiyi model. Run alone with `npx tsx bench/coattend.ts`, or as a section of `npm run bench`.
 */
import Graph from 'graphology';
import { pathToFileURL } from 'node:url';
import { analyse, projectCoattendance, seededRandom } from '../src/analyse/index.js';

export interface CoattendBenchOptions {
  meetings?: number;
  participants?: number;
  /** Bodies that convene the meetings; each draws its participants from its own pool of members. */
  bodies?: number;
  poolSize?: number;
  people?: number;
}

export interface CoattendBenchResult {
  name: string;
  meetings: number;
  participants: number;
  pairIncrements: number;
  ties: number;
  buildSeconds: number;
  projectSeconds: number;
  /** CPU time of the projection: on a shared machine, the wall time also counts other processes' turns. */
  projectCpuSeconds: number;
  analyseSeconds: number | null;
  peakRssMiB: number;
}

/** A synthetic archive: each body has a pool of members (people sit on several bodies), each meeting a sample. */
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
    const body = Math.floor(random() * options.bodies);
    const key = `m${meeting}`;
    const date = new Date(start + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    graph.addNode(key, { label: 'Meeting', id: key, title: `会议${meeting}`, date, timeOfDay: null });
    graph.addDirectedEdge(key, `b${body}`, { type: 'CONVENED_BY', session: null });
    const pool = pools[body]!;
    const chosen = new Set<number>();
    while (chosen.size < options.participants) chosen.add(pool[Math.floor(random() * pool.length)]!);
    let first = true;
    for (const person of chosen) {
      graph.addDirectedEdge(`p${person}`, key, first ? { type: 'CHAIRED' } : { type: 'ATTENDED', as: 'attendee' });
      first = false;
    }
  }
  return graph;
}

export function runCoattendBench(options: CoattendBenchOptions = {}): CoattendBenchResult {
  const settings: Required<CoattendBenchOptions> = {
    meetings: 100_000,
    participants: 20,
    bodies: 2_000,
    poolSize: 40,
    people: 50_000,
    ...options,
  };
  let started = performance.now();
  const graph = syntheticMeetingGraph(settings);
  const buildSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const projection = projectCoattendance(graph, { weighting: 'newman' });
  const cpu = process.cpuUsage(cpuBefore);
  const projectSeconds = (performance.now() - started) / 1000;

  // Betweenness is O(people × ties): measured on a projection of manageable size only.
  let analyseSeconds: number | null = null;
  if (projection.order <= 5_000) {
    started = performance.now();
    analyse(projection, { seed: 1 });
    analyseSeconds = (performance.now() - started) / 1000;
  }

  return {
    name: `coattend ${settings.meetings.toLocaleString('en')} meetings × ${settings.participants}`,
    meetings: settings.meetings,
    participants: settings.participants,
    pairIncrements: (settings.meetings * settings.participants * (settings.participants - 1)) / 2,
    ties: projection.size,
    buildSeconds,
    projectSeconds,
    projectCpuSeconds: (cpu.user + cpu.system) / 1e6,
    analyseSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

export function formatCoattendBench(result: CoattendBenchResult): string {
  return [
    `${result.name}: ${result.pairIncrements.toLocaleString('en')} pair increments → ${result.ties.toLocaleString('en')} ties`,
    `  projection ${result.projectSeconds.toFixed(2)} s wall, ${result.projectCpuSeconds.toFixed(2)} s CPU (target < 5 s)`,
    `  input graph (${(result.meetings * (result.participants + 1)).toLocaleString('en')} relationships) built in ${result.buildSeconds.toFixed(2)} s`,
    result.analyseSeconds === null ? null : `  analyse ${result.analyseSeconds.toFixed(2)} s`,
    `  peak RSS of the whole run ${result.peakRssMiB.toFixed(0)} MiB (target < 2048 MiB)`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatCoattendBench(runCoattendBench()));
}
