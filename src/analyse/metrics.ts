import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { CoattendGraph } from './project.js';
import { seededRandom } from './random.js';

export interface PersonMetrics {
  /** Community number, 0 for the largest community, 1 for the next… */
  community: number;
  /** Number of ties. */
  degree: number;
  /** Sum of the weights of the ties. */
  weightedDegree: number;
  /** Normalized betweenness centrality, ties counted as one step each; null when not computed (see `betweennessLimit`). */
  betweenness: number | null;
}

export interface Analysis {
  people: Record<string, PersonMetrics>;
  communities: number;
  modularity: number;
}

export interface AnalyseOptions {
  /** Seed of Louvain's random choices, for reproducible communities. */
  seed?: number;
  /** Louvain resolution; above 1 gives more, smaller communities. */
  resolution?: number;
  /**
   * Most people for which betweenness is computed (default `BETWEENNESS_LIMIT`). Brandes' algorithm takes
   * people × ties steps: seconds for a few thousand people, days for the millions of ties of a large archive.
   */
  betweennessLimit?: number;
}

export const BETWEENNESS_LIMIT = 5000;

/**
 * Communities (Louvain over the tie weights), degree, weighted degree and betweenness of every person of a
 * projection. Communities are numbered by decreasing size (ties broken by first appearance) so that colours and
 * columns stay stable.
 */
export function analyse(projection: CoattendGraph, options: AnalyseOptions = {}): Analysis {
  const people: Record<string, PersonMetrics> = {};
  if (projection.order === 0) return { people, communities: 0, modularity: 0 };

  let raw: Record<string, number>;
  let modularity = 0;
  if (projection.size === 0) {
    raw = Object.fromEntries(projection.nodes().map((node, index) => [node, index]));
  } else {
    const detailed = louvain.detailed(projection, {
      getEdgeWeight: 'weight',
      rng: seededRandom(options.seed ?? 1),
      resolution: options.resolution ?? 1,
    });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }
  const sizes = new Map<number, { size: number; firstSeen: number }>();
  projection.forEachNode((node) => {
    const community = raw[node]!;
    const entry = sizes.get(community) ?? { size: 0, firstSeen: sizes.size };
    entry.size++;
    sizes.set(community, entry);
  });
  const renumbered = new Map(
    [...sizes.entries()]
      .sort(([, x], [, y]) => y.size - x.size || x.firstSeen - y.firstSeen)
      .map(([community], rank) => [community, rank]),
  );

  const withBetweenness = projection.order <= (options.betweennessLimit ?? BETWEENNESS_LIMIT);
  const betweenness = withBetweenness ? betweennessCentrality(projection, { getEdgeWeight: null, normalized: true }) : null;
  projection.forEachNode((node) => {
    let weightedDegree = 0;
    projection.forEachEdge(node, (_edge, attributes) => {
      weightedDegree += attributes.weight;
    });
    people[node] = {
      community: renumbered.get(raw[node]!)!,
      degree: projection.degree(node),
      weightedDegree,
      betweenness: betweenness === null ? null : (betweenness[node] ?? 0),
    };
  });
  return { people, communities: sizes.size, modularity };
}
