import type { Analysis } from '../analyse/metrics.js';
import type { CoattendGraph } from '../analyse/project.js';
import { layoutNetwork, type LayoutOptions } from './layout.js';

/** Colours of the communities, largest first (Tableau 10); further communities share a grey. */
export const COMMUNITY_COLOURS = [
  '#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#bab0ac',
];
const OTHER_COLOUR = '#8c8c8c';
const LINK_COLOUR = '#9aa5b1';

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COLOUR;
}

export interface SceneNode {
  key: string;
  name: string;
  x: number;
  y: number;
  radius: number;
  colour: string;
  community: number;
  weightedDegree: number;
  /** Font size of the name, or 0 when the name is left out to keep a crowded picture legible. */
  labelSize: number;
}

export interface SceneEdge {
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  opacity: number;
  colour: string;
  meetings: number;
  weight: number;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface SceneOptions extends LayoutOptions {
  width?: number;
  height?: number;
  /** Names drawn at most (the people of highest weighted degree). */
  labels?: number;
}

/**
 * Lays the network out and fits it to a canvas: nodes sized by weighted degree and coloured by community, ties
 * drawn thicker and darker the heavier they are, lightest first so that strong ties stay on top.
 */
export function networkScene(projection: CoattendGraph, analysis: Analysis, options: SceneOptions = {}): Scene {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const positions = layoutNetwork(projection, options);
  const margin = { left: 40, right: 110, top: 90, bottom: 40 };

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min((width - margin.left - margin.right) / spanX, (height - margin.top - margin.bottom) / spanY);
  const offsetX = margin.left + (width - margin.left - margin.right - spanX * scale) / 2;
  const offsetY = margin.top + (height - margin.top - margin.bottom - spanY * scale) / 2;
  const place = (key: string): { x: number; y: number } => {
    const point = positions.get(key)!;
    return { x: round(offsetX + (point.x - minX) * scale), y: round(offsetY + (point.y - minY) * scale) };
  };

  let maxStrength = 0;
  for (const metrics of Object.values(analysis.people)) maxStrength = Math.max(maxStrength, metrics.weightedDegree);
  const labelled = new Set(
    projection
      .nodes()
      .sort((a, b) => analysis.people[b]!.weightedDegree - analysis.people[a]!.weightedDegree)
      .slice(0, options.labels ?? 120),
  );

  const nodes: SceneNode[] = projection.mapNodes((key, attributes) => {
    const metrics = analysis.people[key]!;
    const share = maxStrength > 0 ? Math.sqrt(metrics.weightedDegree / maxStrength) : 0;
    return {
      key,
      name: attributes.name,
      ...place(key),
      radius: round(5 + 17 * share),
      colour: communityColour(metrics.community),
      community: metrics.community,
      weightedDegree: metrics.weightedDegree,
      labelSize: labelled.has(key) ? round(13 + 7 * share) : 0,
    };
  });
  nodes.sort((a, b) => a.weightedDegree - b.weightedDegree);

  let maxWeight = 0;
  projection.forEachEdge((_edge, attributes) => {
    maxWeight = Math.max(maxWeight, attributes.weight);
  });
  const edges: SceneEdge[] = projection.mapEdges((_edge, attributes, source, target) => {
    const share = maxWeight > 0 ? attributes.weight / maxWeight : 0;
    const sourceCommunity = analysis.people[source]!.community;
    const sameCommunity = sourceCommunity === analysis.people[target]!.community;
    const from = place(source);
    const to = place(target);
    return {
      source,
      target,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      width: round(0.6 + 5.4 * share),
      opacity: round(0.25 + 0.55 * share),
      colour: sameCommunity ? communityColour(sourceCommunity) : LINK_COLOUR,
      meetings: attributes.meetings,
      weight: attributes.weight,
    };
  });
  edges.sort((a, b) => a.weight - b.weight);
  return { width, height, nodes, edges };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
