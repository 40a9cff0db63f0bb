import Graph from 'graphology';
import type { CoattendGraph } from './project.js';

/**
 * The significance of a tie seen from one of its ends in the disparity filter (Serrano, Boguñá & Vespignani 2009):
 * the probability that a node of `degree` ties spreading `strength` uniformly at random gives one tie `weight` or
 * more, α = (1 − w/s)^(k−1). A node with a single tie says nothing about it (α = 1).
 */
export function disparity(weight: number, strength: number, degree: number): number {
  return Math.pow(1 - weight / strength, degree - 1);
}

/**
 * Keeps the ties significant at level `alpha` for at least one of their two ends (α < alpha), using the edge
 * `weight`; people left without a tie are dropped.
 */
export function disparityBackbone(projection: CoattendGraph, alpha: number): CoattendGraph {
  const strength = new Map<string, number>();
  projection.forEachNode((node) => {
    let total = 0;
    projection.forEachEdge(node, (_edge, attributes) => {
      total += attributes.weight;
    });
    strength.set(node, total);
  });
  const significance = (node: string, weight: number): number =>
    disparity(weight, strength.get(node)!, projection.degree(node));

  const backbone: CoattendGraph = new Graph({ type: 'undirected', multi: false });
  backbone.replaceAttributes({ ...projection.getAttributes() });
  projection.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const level = Math.min(significance(source, attributes.weight), significance(target, attributes.weight));
    if (level >= alpha) return;
    if (!backbone.hasNode(source)) backbone.addNode(source, { ...sourceAttributes });
    if (!backbone.hasNode(target)) backbone.addNode(target, { ...targetAttributes });
    backbone.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return backbone;
}
