import Graph from 'graphology';
import { keepTies, type Coattendance, type CoattendGraph } from './project.js';

/**
 * The significance of a tie seen from one of its ends in the disparity filter (Serrano, Boguñá & Vespignani 2009):
 * the probability that a node of `degree` ties spreading `strength` uniformly at random gives one tie `weight` or
 * more, α = (1 − w/s)^(k−1). A node with a single tie says nothing about it (α = 1).
 */
export function disparity(weight: number, strength: number, degree: number): number {
  return Math.pow(1 - weight / strength, degree - 1);
}

/** Ties as parallel arrays: tie t joins nodes `source[t]` and `target[t]` (indices below `nodes`) with `weight[t]`. */
interface WeightedTies {
  nodes: number;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** Which ties are significant at level `alpha` (α < alpha) for at least one of their two ends. */
function significantTies({ nodes, source, target, weight }: WeightedTies, alpha: number): Uint8Array {
  const strength = new Float64Array(nodes);
  const degree = new Uint32Array(nodes);
  for (let tie = 0; tie < weight.length; tie++) {
    strength[source[tie]!]! += weight[tie]!;
    strength[target[tie]!]! += weight[tie]!;
    degree[source[tie]!]!++;
    degree[target[tie]!]!++;
  }
  const significant = new Uint8Array(weight.length);
  for (let tie = 0; tie < weight.length; tie++) {
    const w = weight[tie]!;
    const level = Math.min(
      disparity(w, strength[source[tie]!]!, degree[source[tie]!]!),
      disparity(w, strength[target[tie]!]!, degree[target[tie]!]!),
    );
    if (level < alpha) significant[tie] = 1;
  }
  return significant;
}

/** The disparity backbone of a projection kept as its pair table (see `disparityBackbone`). */
export function backboneTies(projection: Coattendance, alpha: number): Coattendance {
  const { pairs, weights, ties } = projection;
  const significant = significantTies(
    {
      nodes: projection.table.people.length,
      source: ties.map((slot) => pairs.a[slot]!),
      target: ties.map((slot) => pairs.b[slot]!),
      weight: Float64Array.from(ties, (slot) => weights[slot]!),
    },
    alpha,
  );
  return keepTies(projection, (_slot, tie) => significant[tie] === 1);
}

/**
 * Keeps the ties significant at level `alpha` for at least one of their two ends (α < alpha), using the edge
 * `weight`; people left without a tie are dropped.
 */
export function disparityBackbone(projection: CoattendGraph, alpha: number): CoattendGraph {
  const index = new Map(projection.nodes().map((node, at) => [node, at]));
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  projection.forEachEdge((_edge, attributes, from, to) => {
    source.push(index.get(from)!);
    target.push(index.get(to)!);
    weight.push(attributes.weight);
  });
  const significant = significantTies({ nodes: projection.order, source, target, weight }, alpha);

  const backbone: CoattendGraph = new Graph({ type: 'undirected', multi: false });
  backbone.replaceAttributes({ ...projection.getAttributes() });
  let tie = 0;
  projection.forEachEdge((edge, attributes, from, to, fromAttributes, toAttributes) => {
    if (significant[tie++] === 0) return;
    if (!backbone.hasNode(from)) backbone.addNode(from, { ...fromAttributes });
    if (!backbone.hasNode(to)) backbone.addNode(to, { ...toAttributes });
    backbone.addUndirectedEdgeWithKey(edge, from, to, { ...attributes });
  });
  return backbone;
}
