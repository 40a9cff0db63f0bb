import type { PairTable } from './pairs.js';

export const WEIGHTINGS = ['count', 'jaccard', 'newman', 'association'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/**
 * The weight of pair `slot` of a pair table:
 * - `count`: shared meetings c;
 * - `jaccard`: c / (mₐ + m_b − c), mₓ the meetings each attended;
 * - `newman`: Σ 1/(n−1) over the shared meetings of n people (Newman 2001), so a tie made in a small meeting
 *   weighs more than one made in a large one;
 * - `association`: c·M / (mₐ·m_b), M all meetings: shared meetings over those expected if the two came
 *   independently (association strength, van Eck & Waltman 2009); 1 = chance, its log₂ is the pointwise mutual
 *   information.
 */
export function weigh(pairs: PairTable, slot: number, weighting: Weighting): number {
  const shared = pairs.meetings[slot]!;
  switch (weighting) {
    case 'count':
      return shared;
    case 'newman':
      return pairs.newman[slot]!;
    case 'jaccard': {
      const ofA = pairs.personMeetings[pairs.a[slot]!]!;
      const ofB = pairs.personMeetings[pairs.b[slot]!]!;
      return shared / (ofA + ofB - shared);
    }
    case 'association': {
      const ofA = pairs.personMeetings[pairs.a[slot]!]!;
      const ofB = pairs.personMeetings[pairs.b[slot]!]!;
      return (shared * pairs.totalMeetings) / (ofA * ofB);
    }
  }
}
