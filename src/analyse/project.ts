import Graph from 'graphology';
import { collectMeetings, dayFormatter, type MeetingFilters, type MeetingTable } from './meetings.js';
import { aggregatePairs, type PairTable } from './pairs.js';
import { weigh, type Weighting } from './weights.js';

export interface CoattendFilters extends MeetingFilters {
  weighting?: Weighting;
  /** Keep only ties of at least this many shared meetings. */
  min?: number;
  /** Keep only this person's ego network (by name or node key)… */
  person?: string;
  /** …up to this many steps away (default 1: the person, their partners and the ties among them). */
  depth?: number;
}

/**
 * A co-attendance projection kept as its pair table: the ties are the `ties` slots of `pairs`. Millions of ties
 * fit in a few typed arrays, so the filters and the tie listings work on it directly; `coattendanceGraph` turns it
 * into a graphology graph for what needs one (communities, centrality, layout, Gephi files).
 */
export interface Coattendance {
  weighting: Weighting;
  table: MeetingTable;
  pairs: PairTable;
  /** The weight of every slot of `pairs`. */
  weights: Float64Array;
  /** The slots of `pairs` kept by the filters, ascending. */
  ties: Uint32Array;
}

export interface CoattendNode {
  name: string;
  /** Meetings this person was counted in. */
  meetings: number;
  [attribute: string]: string | number;
}

export interface CoattendEdge {
  meetings: number;
  weight: number;
  first: string | null;
  last: string | null;
}

export interface CoattendGraphAttributes {
  weighting: Weighting;
  /** Meetings left after the filters. */
  meetings: number;
}

export type CoattendGraph = Graph<CoattendNode, CoattendEdge, CoattendGraphAttributes>;

export class UnknownPersonError extends Error {
  constructor(readonly person: string) {
    super(`no person named ${person} has a tie in the selected meetings`);
  }
}

/**
 * Projects the person × meeting graph onto people: two people are tied by the meetings where both were present
 * (chair or attendance). People without any tie are left out.
 */
export function projectPairs(graph: Graph, filters: CoattendFilters = {}): Coattendance {
  const table = collectMeetings(graph, filters);
  const pairs = aggregatePairs(table);
  const weighting = filters.weighting ?? 'count';
  const weights = new Float64Array(pairs.size);
  for (let slot = 0; slot < pairs.size; slot++) weights[slot] = weigh(pairs, slot, weighting);
  const min = filters.min ?? 1;
  const ties = min <= 1 ? allSlots(pairs.size) : selectSlots(pairs.size, (slot) => pairs.meetings[slot]! >= min);
  const projection: Coattendance = { weighting, table, pairs, weights, ties };
  return filters.person === undefined ? projection : egoNetwork(projection, filters.person, filters.depth ?? 1);
}

/** `projectPairs` as a graphology graph. */
export function projectCoattendance(graph: Graph, filters: CoattendFilters = {}): CoattendGraph {
  return coattendanceGraph(projectPairs(graph, filters));
}

function allSlots(size: number): Uint32Array {
  const slots = new Uint32Array(size);
  for (let slot = 0; slot < size; slot++) slots[slot] = slot;
  return slots;
}

/** The slots `keep` accepts, among `from` (all slots below `size` without it); `at` is a slot's rank in `from`. */
function selectSlots(size: number, keep: (slot: number, at: number) => boolean, from?: Uint32Array): Uint32Array {
  const kept = new Uint32Array(from?.length ?? size);
  let count = 0;
  for (let at = 0; at < kept.length; at++) {
    const slot = from ? from[at]! : at;
    if (keep(slot, at)) kept[count++] = slot;
  }
  return kept.slice(0, count);
}

/** The same projection with only the ties for which `keep(slot, at)` holds, `at` the tie's rank in `ties`. */
export function keepTies(projection: Coattendance, keep: (slot: number, at: number) => boolean): Coattendance {
  return { ...projection, ties: selectSlots(projection.ties.length, keep, projection.ties) };
}

/** The people (indices into `table.people`) with at least one tie, in order of first appearance among the ties. */
export function tiedPeople(projection: Coattendance): Uint32Array {
  const { pairs, ties } = projection;
  const seen = new Uint8Array(projection.table.people.length);
  const people: number[] = [];
  const see = (person: number): void => {
    if (seen[person] === 0) {
      seen[person] = 1;
      people.push(person);
    }
  };
  for (const slot of ties) {
    see(pairs.a[slot]!);
    see(pairs.b[slot]!);
  }
  return Uint32Array.from(people);
}

/** The ego network: the ties among the people at most `depth` ties away from `person` (a name or a node key). */
export function egoNetwork(projection: Coattendance, person: string, depth: number): Coattendance {
  const { pairs, ties, table } = projection;
  const peopleCount = table.people.length;
  // Ties of each person as a CSR index: person p's partners are partners[offsets[p] .. offsets[p+1]).
  const offsets = new Uint32Array(peopleCount + 1);
  for (const slot of ties) {
    offsets[pairs.a[slot]! + 1]!++;
    offsets[pairs.b[slot]! + 1]!++;
  }
  for (let p = 0; p < peopleCount; p++) offsets[p + 1]! += offsets[p]!;
  const partners = new Uint32Array(offsets[peopleCount]!);
  const filled = offsets.slice(0, peopleCount);
  for (const slot of ties) {
    const a = pairs.a[slot]!;
    const b = pairs.b[slot]!;
    partners[filled[a]!++] = b;
    partners[filled[b]!++] = a;
  }

  const reached = new Uint8Array(peopleCount);
  let frontier: number[] = [];
  table.people.forEach((entry, index) => {
    if (offsets[index + 1]! > offsets[index]! && (entry.key === person || entry.name === person)) {
      reached[index] = 1;
      frontier.push(index);
    }
  });
  if (frontier.length === 0) throw new UnknownPersonError(person);
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const from of frontier) {
      for (let at = offsets[from]!; at < offsets[from + 1]!; at++) {
        const to = partners[at]!;
        if (reached[to] === 0) {
          reached[to] = 1;
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return keepTies(projection, (slot) => reached[pairs.a[slot]!] === 1 && reached[pairs.b[slot]!] === 1);
}

/**
 * The projection as an undirected graphology graph: person nodes {name, meetings} keyed like the input graph,
 * in order of first appearance among the ties, and tie edges {meetings, weight, first, last} keyed `a|b`.
 */
export function coattendanceGraph(projection: Coattendance): CoattendGraph {
  const { table, pairs, weights, ties } = projection;
  const graph: CoattendGraph = new Graph({ type: 'undirected', multi: false });
  graph.replaceAttributes({ weighting: projection.weighting, meetings: pairs.totalMeetings });
  for (const person of tiedPeople(projection)) {
    const entry = table.people[person]!;
    graph.addNode(entry.key, { name: entry.name, meetings: pairs.personMeetings[person]! });
  }
  const date = dayFormatter();
  for (const slot of ties) {
    const a = table.people[pairs.a[slot]!]!.key;
    const b = table.people[pairs.b[slot]!]!.key;
    graph.addUndirectedEdgeWithKey(`${a}|${b}`, a, b, {
      meetings: pairs.meetings[slot]!,
      weight: weights[slot]!,
      first: date(pairs.first[slot]!),
      last: date(pairs.last[slot]!),
    });
  }
  return graph;
}
