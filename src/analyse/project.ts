import Graph from 'graphology';
import { collectMeetings, dayString, type MeetingFilters, type MeetingTable } from './meetings.js';
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
export function projectCoattendance(graph: Graph, filters: CoattendFilters = {}): CoattendGraph {
  const table = collectMeetings(graph, filters);
  const projection = pairsToGraph(table, aggregatePairs(table), filters);
  return filters.person === undefined ? projection : egoNetwork(projection, filters.person, filters.depth ?? 1);
}

/** The weighted person–person graph of aggregated pairs, keeping the ties of at least `filters.min` meetings. */
export function pairsToGraph(table: MeetingTable, pairs: PairTable, filters: CoattendFilters = {}): CoattendGraph {
  const weighting = filters.weighting ?? 'count';
  const min = filters.min ?? 1;
  const projection: CoattendGraph = new Graph({ type: 'undirected', multi: false });
  projection.replaceAttributes({ weighting, meetings: pairs.totalMeetings });
  const addPerson = (index: number): string => {
    const person = table.people[index]!;
    if (!projection.hasNode(person.key)) {
      projection.addNode(person.key, { name: person.name, meetings: pairs.personMeetings[index]! });
    }
    return person.key;
  };
  // Millions of ties share a few thousand dates: format each date once.
  const dates = new Map<number, string | null>();
  const date = (day: number): string | null => {
    let text = dates.get(day);
    if (text === undefined) {
      text = dayString(day);
      dates.set(day, text);
    }
    return text;
  };
  for (let slot = 0; slot < pairs.size; slot++) {
    if (pairs.meetings[slot]! < min) continue;
    const a = addPerson(pairs.a[slot]!);
    const b = addPerson(pairs.b[slot]!);
    projection.addUndirectedEdgeWithKey(`${a}|${b}`, a, b, {
      meetings: pairs.meetings[slot]!,
      weight: weigh(pairs, slot, weighting),
      first: date(pairs.first[slot]!),
      last: date(pairs.last[slot]!),
    });
  }
  return projection;
}

/** The people of a projection whose name (or key) is `person`. */
export function findPeople(projection: CoattendGraph, person: string): string[] {
  if (projection.hasNode(person)) return [person];
  return projection.filterNodes((_key, attributes) => attributes.name === person);
}

/** The sub-graph induced by the people at most `depth` ties away from `person` (by name or key). */
export function egoNetwork(projection: CoattendGraph, person: string, depth: number): CoattendGraph {
  const centres = findPeople(projection, person);
  if (centres.length === 0) throw new UnknownPersonError(person);
  const reached = new Set(centres);
  let frontier = centres;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      projection.forEachNeighbor(node, (neighbour) => {
        if (reached.has(neighbour)) return;
        reached.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  const ego: CoattendGraph = new Graph({ type: 'undirected', multi: false });
  ego.replaceAttributes({ ...projection.getAttributes() });
  projection.forEachNode((node, attributes) => {
    if (reached.has(node)) ego.addNode(node, { ...attributes });
  });
  projection.forEachEdge((edge, attributes, source, target) => {
    if (reached.has(source) && reached.has(target)) ego.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return ego;
}
