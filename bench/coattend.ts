/**
 * Co-attendance at scale: 100,000 meetings of 20 people each (19 million pair increments).
 * Run alone with `npx tsx bench/coattend.ts [meetings]`, or as a section of `npm run bench` (runCoattendBench).
 *
 * Three phases are timed apart: reading the meetings out of a graph in the huiyi model (on a tenth of the
 * meetings: the input graph alone would take most of the run to build), the projection proper (pair counts and
 * weights) on all of them, and materialising its ties as a graphology graph. Times are wall and CPU: on a shared
 * machine the wall time also counts other processes' turns.
 */
import Graph from 'graphology';
import { pathToFileURL } from 'node:url';
import {
  aggregatePairs,
  collectMeetings,
  pairsToGraph,
  seededRandom,
  weigh,
  type MeetingTable,
} from '../src/analyse/index.js';

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
}

export interface CoattendBenchResult {
  name: string;
  meetings: number;
  pairIncrements: number;
  ties: number;
  readFromGraph: Timing & { meetings: number };
  projection: Timing;
  materialise: Timing;
  peakRssMiB: number;
}

function timed<T>(run: () => T): [T, Timing] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return [result, { wallSeconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }];
}

interface SyntheticMeeting {
  body: number;
  date: string;
  people: number[];
}

/** A synthetic archive: each body has a pool of members (people sit on several bodies), each meeting a sample. */
function* syntheticMeetings(options: Required<CoattendBenchOptions>, seed = 1): Generator<SyntheticMeeting> {
  const random = seededRandom(seed);
  const pools: number[][] = [];
  for (let body = 0; body < options.bodies; body++) {
    const pool = new Set<number>();
    while (pool.size < options.poolSize) pool.add(Math.floor(random() * options.people));
    pools.push([...pool]);
  }
  const start = Date.UTC(2015, 0, 1);
  for (let meeting = 0; meeting < options.meetings; meeting++) {
    const body = Math.floor(random() * options.bodies);
    const date = new Date(start + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const pool = pools[body]!;
    const chosen = new Set<number>();
    while (chosen.size < options.participants) chosen.add(pool[Math.floor(random() * pool.length)]!);
    yield { body, date, people: [...chosen] };
  }
}

/** The synthetic meetings as a graph in the huiyi model. */
export function syntheticMeetingGraph(options: Required<CoattendBenchOptions>): Graph {
  const graph = new Graph({ type: 'directed', multi: true });
  let index = 0;
  for (const meeting of syntheticMeetings(options)) {
    const key = `m${index++}`;
    graph.addNode(key, { label: 'Meeting', id: key, title: `会议${index}`, date: meeting.date, timeOfDay: null });
    graph.mergeNode(`b${meeting.body}`, { label: 'Body', id: `b${meeting.body}`, name: `机构${meeting.body}` });
    graph.addDirectedEdge(key, `b${meeting.body}`, { type: 'CONVENED_BY', session: null });
    meeting.people.forEach((person, rank) => {
      graph.mergeNode(`p${person}`, { label: 'Person', id: `p${person}`, name: `人物${person}` });
      graph.addDirectedEdge(`p${person}`, key, rank === 0 ? { type: 'CHAIRED' } : { type: 'ATTENDED', as: 'attendee' });
    });
  }
  return graph;
}

/** The synthetic meetings as the table `collectMeetings` would read from their graph. */
export function syntheticMeetingTable(options: Required<CoattendBenchOptions>): MeetingTable {
  const people = Array.from({ length: options.people }, (_, person) => ({ key: `p${person}`, name: `人物${person}` }));
  const offsets = new Uint32Array(options.meetings + 1);
  const members = new Uint32Array(options.meetings * options.participants);
  const days = new Int32Array(options.meetings);
  const meetings: MeetingTable['meetings'] = [];
  let filled = 0;
  for (const meeting of syntheticMeetings(options)) {
    const index = meetings.length;
    meetings.push({ key: `m${index}`, title: null, date: meeting.date });
    for (const person of meeting.people.sort((x, y) => x - y)) members[filled++] = person;
    offsets[index + 1] = filled;
    days[index] = Math.round(Date.parse(`${meeting.date}T00:00:00Z`) / 86_400_000);
  }
  return { people, meetings, offsets, members, days };
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
  const tenth = { ...settings, meetings: Math.ceil(settings.meetings / 10), bodies: Math.ceil(settings.bodies / 10) };
  const graph = syntheticMeetingGraph(tenth);
  const [read, readTiming] = timed(() => collectMeetings(graph));

  const table = syntheticMeetingTable(settings);
  const [pairs, projection] = timed(() => {
    const aggregated = aggregatePairs(table);
    const weights = new Float64Array(aggregated.size);
    for (let slot = 0; slot < aggregated.size; slot++) weights[slot] = weigh(aggregated, slot, 'newman');
    return aggregated;
  });
  const [, materialise] = timed(() => pairsToGraph(table, pairs, { weighting: 'newman' }));

  return {
    name: `coattend ${settings.meetings.toLocaleString('en')} meetings × ${settings.participants}`,
    meetings: settings.meetings,
    pairIncrements: (settings.meetings * settings.participants * (settings.participants - 1)) / 2,
    ties: pairs.size,
    readFromGraph: { ...readTiming, meetings: read.meetings.length },
    projection,
    materialise,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const seconds = (timing: Timing): string =>
  `${timing.wallSeconds.toFixed(2)} s wall, ${timing.cpuSeconds.toFixed(2)} s CPU`;

export function formatCoattendBench(result: CoattendBenchResult): string {
  return [
    `${result.name}: ${result.pairIncrements.toLocaleString('en')} pair increments → ${result.ties.toLocaleString('en')} ties`,
    `  projection (pair counts, first/last, newman weights): ${seconds(result.projection)}  (target < 5 s)`,
    `  reading ${result.readFromGraph.meetings.toLocaleString('en')} meetings from a graph: ${seconds(result.readFromGraph)}`,
    `  materialising the ties as a graphology graph: ${seconds(result.materialise)}`,
    `  peak RSS of the whole run: ${result.peakRssMiB.toFixed(0)} MiB  (target < 2048 MiB)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const meetings = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(formatCoattendBench(runCoattendBench(meetings ? { meetings } : {})));
}
