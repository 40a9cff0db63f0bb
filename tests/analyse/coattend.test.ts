import { describe, expect, it } from 'vitest';
import {
  analyse,
  backboneTies,
  coattendanceGraph,
  disparity,
  disparityBackbone,
  projectCoattendance,
  projectPairs,
  tiedPeople,
  UnknownPersonError,
  type CoattendFilters,
  type CoattendGraph,
} from '../../src/analyse/index.js';
import Graph from 'graphology';
import { buildGraph } from '../../src/graph/build.js';
import { defaultLexicon } from '../../src/resolve/default-lexicon.js';
import { goldInput, readGold } from '../graph/fixtures.js';
import { goldSeedMeetings, meetingGraph, SMALL_FIXTURE } from './fixture.js';

/** Ties as `A–B` → [meetings, weight, first, last], names sorted within each pair. */
function ties(projection: CoattendGraph): Record<string, [number, number, string | null, string | null]> {
  const result: Record<string, [number, number, string | null, string | null]> = {};
  projection.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const pair = [sourceAttributes.name, targetAttributes.name].sort().join('–');
    result[pair] = [attributes.meetings, Number(attributes.weight.toFixed(6)), attributes.first, attributes.last];
  });
  return result;
}

function counts(projection: CoattendGraph): Record<string, number> {
  return Object.fromEntries(Object.entries(ties(projection)).map(([pair, [meetings]]) => [pair, meetings]));
}

const small = meetingGraph(SMALL_FIXTURE);
const project = (filters: CoattendFilters = {}): CoattendGraph => projectCoattendance(small, filters);

describe('projectCoattendance on the five seeds (gold facts)', () => {
  const seeds = projectCoattendance(meetingGraph(goldSeedMeetings()));
  const byName = (a: string, b: string): number | undefined => {
    const key = [a, b].sort().join('–');
    return counts(seeds)[key];
  };

  it('gives the shared meeting counts of the issue', () => {
    expect(byName('蔡奇', '陈吉宁')).toBe(4);
    expect(byName('蔡奇', '张延昆')).toBe(4);
    expect(byName('陈吉宁', '张延昆')).toBe(4);
    expect(byName('蔡奇', '李伟')).toBe(3);
    expect(byName('蔡奇', '魏小东')).toBe(2);
    expect(byName('蔡奇', '雷海潮')).toBe(1);
    expect(byName('文献', '吴小杰')).toBe(1);
    expect(byName('蔡奇', '文献')).toBeUndefined();
  });

  it('dates each tie by its first and last shared meeting', () => {
    const key = seeds.edges().find((edge) => {
      const names = seeds.extremities(edge).map((node) => seeds.getNodeAttribute(node, 'name')).sort();
      return names.join() === ['蔡奇', '陈吉宁'].sort().join();
    })!;
    expect(seeds.getEdgeAttributes(key)).toMatchObject({ first: '2021-08-07', last: '2022-05-05' });
  });

  it('forms two complete circles: six people in Beijing, four in Chaoyang', () => {
    expect(seeds.order).toBe(10);
    expect(seeds.size).toBe(15 + 6);
  });
});

describe('projectCoattendance on the graph stage’s build of the gold seeds', () => {
  it('gives the same ties as the hand-built graph', () => {
    const built = buildGraph(readGold('seeds.jsonl').map((facts) => goldInput(facts)), { lexicon: defaultLexicon() }).graph;
    const fromGraphStage = projectCoattendance(built as unknown as Graph);
    expect(ties(fromGraphStage)).toEqual(ties(projectCoattendance(meetingGraph(goldSeedMeetings()))));
    expect(counts(fromGraphStage)['蔡奇–陈吉宁']).toBe(4);
  });
});

describe('--place on a graph built by the graph stage (HELD_IN)', () => {
  // The seeds' texts say where no meeting was held (tests/analyse/held-in.test.ts reads places that texts state): their
  // gold facts are given one, where the Chaoyang district leading group met, to follow a district-level place through
  // the graph stage's Place nodes and HELD_IN relationships.
  const facts = readGold('seeds.jsonl').map((article) => ({
    ...article,
    meetings: article.meetings.map((meeting) =>
      meeting.bodies.some((body) => body.name.startsWith('朝阳区')) ? { ...meeting, place: '北京市朝阳区' } : meeting,
    ),
  }));
  const built = buildGraph(facts.map((article) => goldInput(article)), { lexicon: defaultLexicon() }).graph as unknown as Graph;
  const chaoyang = { '吴小杰–文献': 1, '吴小杰–王旭': 1, '吴小杰–陈宏志': 1, '文献–王旭': 1, '文献–陈宏志': 1, '王旭–陈宏志': 1 };

  it('keeps the meetings held in the place, by name or by the start of its path', () => {
    expect(counts(projectCoattendance(built, { place: '朝阳区' }))).toEqual(chaoyang);
    expect(counts(projectCoattendance(built, { place: '北京市' }))).toEqual(chaoyang);
    expect(counts(projectCoattendance(built, { place: '上海市' }))).toEqual({});
  });
});

describe('weightings, checked against hand-computed values', () => {
  it('count: shared meetings, with first and last dated meeting (M4 has no date)', () => {
    expect(ties(project({ weighting: 'count' }))).toEqual({
      'A–B': [3, 3, '2021-01-01', '2021-05-01'],
      'A–C': [3, 3, '2021-01-01', '2021-05-01'],
      'A–D': [2, 2, '2021-03-01', '2021-05-01'],
      'A–E': [1, 1, '2021-05-01', '2021-05-01'],
      'B–C': [2, 2, '2021-01-01', '2021-05-01'],
      'B–D': [2, 2, '2021-05-01', '2021-05-01'],
      'B–E': [1, 1, '2021-05-01', '2021-05-01'],
      'C–D': [2, 2, '2021-03-01', '2021-05-01'],
      'C–E': [1, 1, '2021-05-01', '2021-05-01'],
      'D–E': [1, 1, '2021-05-01', '2021-05-01'],
      'E–F': [1, 1, '2021-06-01', '2021-06-01'],
    });
  });

  it('newman: Σ 1/(n−1) over shared meetings', () => {
    const weights = Object.fromEntries(Object.entries(ties(project({ weighting: 'newman' }))).map(([k, v]) => [k, v[1]]));
    // A–B: M1 (3 people) 1/2 + M2 (2) 1 + M5 (5) 1/4
    expect(weights).toEqual({
      'A–B': 1.75, 'A–C': 1.25, 'A–D': 0.75, 'A–E': 0.25, 'B–C': 0.75, 'B–D': 1.25,
      'B–E': 0.25, 'C–D': 0.75, 'C–E': 0.25, 'D–E': 0.25, 'E–F': 1,
    });
  });

  it('jaccard: shared / (meetings of A + meetings of B − shared)', () => {
    // meetings per person: A 4, B 4, C 3, D 3, E 2, F 1
    const weights = Object.fromEntries(Object.entries(ties(project({ weighting: 'jaccard' }))).map(([k, v]) => [k, v[1]]));
    expect(weights).toEqual({
      'A–B': 0.6, 'A–C': 0.75, 'A–D': 0.4, 'A–E': 0.2, 'B–C': 0.4, 'B–D': 0.4,
      'B–E': 0.2, 'C–D': 0.5, 'C–E': 0.25, 'D–E': 0.25, 'E–F': 0.5,
    });
  });

  it('association: shared · M / (meetings of A · meetings of B), M = 6 meetings', () => {
    const weights = Object.fromEntries(Object.entries(ties(project({ weighting: 'association' }))).map(([k, v]) => [k, v[1]]));
    expect(weights).toEqual({
      'A–B': 1.125, 'A–C': 1.5, 'A–D': 1, 'A–E': 0.75, 'B–C': 1, 'B–D': 1,
      'B–E': 0.75, 'C–D': 1.333333, 'C–E': 1, 'D–E': 1, 'E–F': 3,
    });
  });

  it('records the weighting and the number of meetings on the graph', () => {
    expect(project({ weighting: 'jaccard' }).getAttributes()).toEqual({ weighting: 'jaccard', meetings: 6 });
  });
});

describe('filters', () => {
  it('--from/--to keep the meetings in the window and drop undated ones', () => {
    expect(counts(project({ from: '2021-02-01', to: '2021-04-01' }))).toEqual({ 'A–B': 1, 'A–C': 1, 'A–D': 1, 'C–D': 1 });
  });

  it('--body keeps the meetings the body convened', () => {
    expect(counts(project({ body: 'X' }))).toEqual({ 'A–B': 2, 'A–C': 1, 'B–C': 1 });
    expect(counts(project({ body: 'body:Y' }))).toEqual({ 'A–C': 1, 'A–D': 1, 'C–D': 1, 'B–D': 1 });
  });

  it('--place matches a name or a path prefix', () => {
    expect(counts(project({ place: '北京市' }))).toEqual({ 'A–B': 2, 'A–C': 1, 'B–C': 1 });
    expect(counts(project({ place: '上海市' }))).toEqual({ 'A–C': 1, 'A–D': 1, 'C–D': 1 });
    expect(counts(project({ place: '东城区' }))).toEqual({ 'A–B': 1, 'A–C': 1, 'B–C': 1 });
  });

  it('--role keeps presences in the given roles only', () => {
    expect(counts(project({ roles: ['chair'] }))).toEqual({});
    const withoutObservers = project({ roles: ['chair', 'attendee'], weighting: 'newman' });
    expect(ties(withoutObservers)['A–D']).toEqual([1, 0.25, '2021-05-01', '2021-05-01']);
    // M3 now has two people counted, A and C: 1 + M1 1/2 + M5 1/4
    expect(ties(withoutObservers)['A–C']).toEqual([3, 1.75, '2021-01-01', '2021-05-01']);
    expect(counts(project({ roles: ['observer'] }))).toEqual({});
  });

  it('--min keeps ties of at least N shared meetings', () => {
    expect(counts(project({ min: 2 }))).toEqual({ 'A–B': 3, 'A–C': 3, 'A–D': 2, 'B–C': 2, 'B–D': 2, 'C–D': 2 });
  });

  it('--max-size leaves out meetings with more people present', () => {
    expect(counts(project({ maxSize: 4 }))).toEqual({ 'A–B': 2, 'A–C': 2, 'A–D': 1, 'B–C': 1, 'B–D': 1, 'C–D': 1, 'E–F': 1 });
    // observers count towards the size even when --role leaves them out
    expect(counts(project({ maxSize: 2, roles: ['chair', 'attendee'] }))).toEqual({ 'A–B': 1, 'B–D': 1, 'E–F': 1 });
  });

  it('--person/--depth keep an ego network, with the ties among the partners', () => {
    expect(counts(project({ person: 'F' }))).toEqual({ 'E–F': 1 });
    expect(project({ person: 'F', depth: 2 }).order).toBe(6);
    expect(counts(project({ person: 'D', min: 2 }))).toEqual({ 'A–B': 3, 'A–C': 3, 'A–D': 2, 'B–C': 2, 'B–D': 2, 'C–D': 2 });
    expect(counts(project({ person: 'person:E', depth: 1, body: 'Z' }))).toHaveProperty('E–F', 1);
  });

  it('names an unknown person', () => {
    expect(() => project({ person: 'Nobody' })).toThrow(UnknownPersonError);
    expect(() => project({ person: 'Nobody' })).toThrow('no person named Nobody has a tie in the selected meetings');
  });

  it('treats a person chairing and attending the same meeting as one presence', () => {
    const graph = meetingGraph([{ id: 'M', date: '2020-01-01', people: [['A', 'chair'], ['A', 'attendee'], ['B', 'attendee']] }]);
    expect(ties(projectCoattendance(graph, { weighting: 'newman' }))).toEqual({ 'A–B': [1, 1, '2020-01-01', '2020-01-01'] });
  });
});

describe('disparityBackbone', () => {
  /** Hub H: H–a 10, H–b 1, H–c 1, H–d 1, a–b 1. */
  function star(): CoattendGraph {
    const graph: CoattendGraph = new Graph({ type: 'undirected' });
    graph.replaceAttributes({ weighting: 'count', meetings: 0 });
    for (const node of ['H', 'a', 'b', 'c', 'd']) graph.addNode(node, { name: node, meetings: 0 });
    const tie = (x: string, y: string, weight: number): void => {
      graph.addUndirectedEdgeWithKey(`${x}|${y}`, x, y, { meetings: weight, weight, first: null, last: null });
    };
    tie('H', 'a', 10);
    tie('H', 'b', 1);
    tie('H', 'c', 1);
    tie('H', 'd', 1);
    tie('a', 'b', 1);
    return graph;
  }

  it('computes α = (1 − w/s)^(k−1), 1 for a node with one tie', () => {
    expect(disparity(10, 13, 4)).toBeCloseTo((3 / 13) ** 3, 12);
    expect(disparity(1, 13, 4)).toBeCloseTo((12 / 13) ** 3, 12);
    expect(disparity(1, 1, 1)).toBe(1);
  });

  it('keeps a tie significant for either end', () => {
    // H–a: min((3/13)^3 = 0.0123, 1/11) ; H–b and a–b: 0.5 from b ; H–c, H–d: (12/13)^3 = 0.787
    expect(disparityBackbone(star(), 0.05).edges()).toEqual(['H|a']);
    const looser = disparityBackbone(star(), 0.6);
    expect(looser.edges()).toEqual(['H|a', 'H|b', 'a|b']);
    expect(looser.nodes().sort()).toEqual(['H', 'a', 'b']);
    expect(disparityBackbone(star(), 0.8).size).toBe(5);
  });
});

describe('the projection as a pair table', () => {
  it('keeps the ties and people the graph shows, and filters the same', () => {
    const pairs = projectPairs(small, { weighting: 'newman', min: 2 });
    expect(pairs.ties.length).toBe(6);
    expect([...tiedPeople(pairs)].map((person) => pairs.table.people[person]!.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(ties(coattendanceGraph(pairs))).toEqual(ties(project({ weighting: 'newman', min: 2 })));
  });

  it('gives the same backbone as disparityBackbone on the graph', () => {
    for (const alpha of [0.3, 0.5, 0.8]) {
      const pairs = projectPairs(small, { weighting: 'newman' });
      expect(ties(coattendanceGraph(backboneTies(pairs, alpha)))).toEqual(ties(disparityBackbone(coattendanceGraph(pairs), alpha)));
    }
    // E–F: α = 1 from F (one tie), (1 − 1/2)^4 = 0.0625 from E (strength 2, five ties)
    expect(counts(coattendanceGraph(backboneTies(projectPairs(small, { weighting: 'newman' }), 0.1)))).toEqual({ 'E–F': 1 });
  });
});

describe('analyse', () => {
  it('gives degree, weighted degree and betweenness per person', () => {
    const { people } = analyse(project({ weighting: 'count' }), { seed: 7 });
    expect(people.E).toBeUndefined();
    expect(people['person:E']).toMatchObject({ degree: 5, weightedDegree: 5, betweenness: 0.4 });
    expect(people['person:F']).toMatchObject({ degree: 1, weightedDegree: 1, betweenness: 0 });
    expect(people['person:A']).toMatchObject({ degree: 4, weightedDegree: 9, betweenness: 0 });
  });

  it('finds the seeds’ two circles, the same for the same seed', () => {
    const seeds = projectCoattendance(meetingGraph(goldSeedMeetings()));
    const first = analyse(seeds, { seed: 42 });
    const again = analyse(seeds, { seed: 42 });
    expect(again).toEqual(first);
    const community = (name: string): number =>
      first.people[seeds.findNode((_node, attributes) => attributes.name === name)!]!.community;
    expect(first.communities).toBe(2);
    expect(['蔡奇', '陈吉宁', '张延昆', '李伟', '魏小东', '雷海潮'].map(community)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(['文献', '吴小杰', '陈宏志', '王旭'].map(community)).toEqual([1, 1, 1, 1]);
  });

  it('leaves betweenness out above the limit of people', () => {
    const { people } = analyse(project({ weighting: 'count' }), { seed: 7, betweennessLimit: 5 });
    expect(people['person:E']).toEqual({ community: people['person:E']!.community, degree: 5, weightedDegree: 5, betweenness: null });
    expect(analyse(project(), { betweennessLimit: 6 }).people['person:E']!.betweenness).toBe(0.4);
  });

  it('handles a graph without ties', () => {
    expect(analyse(project({ roles: ['chair'] }))).toEqual({ people: {}, communities: 0, modularity: 0 });
  });
});
