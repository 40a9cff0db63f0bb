import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { CoattendGraph } from '../analyse/project.js';
import { seededRandom } from '../analyse/random.js';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Seed of the initial positions: the same graph and seed give the same picture. */
  seed?: number;
  iterations?: number;
}

/** ForceAtlas2 positions of every person, pulled together by the tie weights, from seeded random positions. */
export function layoutNetwork(projection: CoattendGraph, options: LayoutOptions = {}): Map<string, Point> {
  const random = seededRandom(options.seed ?? 1);
  const working = projection.copy();
  working.forEachNode((node) => {
    working.mergeNodeAttributes(node, { x: random() * 100, y: random() * 100 });
  });
  const positions = forceAtlas2(working, {
    iterations: options.iterations ?? 500,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(working),
      linLogMode: false,
      gravity: 1,
      strongGravityMode: true,
      barnesHutOptimize: working.order > 2_000,
    },
  });
  return new Map(Object.entries(positions));
}
