import { NO_DAY, type MeetingTable } from './meetings.js';

const NO_FIRST = 2147483647;

/** Layout of a person's accumulators in the scratch row: shared meetings (at offset 0), Newman sum, first, last day. */
const STRIDE = 4;
const NEWMAN = 1;
const FIRST = 2;
const LAST = 3;

/**
 * Every pair of people who shared at least one meeting, aggregated in parallel typed arrays:
 * pair p joins people `a[p] < b[p]` (indices into `MeetingTable.people`).
 */
export interface PairTable {
  size: number;
  a: Uint32Array;
  b: Uint32Array;
  /** Shared meetings. */
  meetings: Uint32Array;
  /** Σ 1/(n−1) over the shared meetings, n the number of people counted in each (Newman 2001). */
  newman: Float64Array;
  /** First and last shared day (days since 1970-01-01), `NO_DAY` when none of the shared meetings has a date. */
  first: Int32Array;
  last: Int32Array;
  /** Meetings each person was counted in, indexed like `MeetingTable.people`. */
  personMeetings: Uint32Array;
  /** Meetings in the table. */
  totalMeetings: number;
}

/**
 * Counts co-presence for every pair of every meeting: the product of the person × meeting incidence matrix with
 * its transpose, row by row (Gustavson's algorithm). For each person a, the meetings of a are walked and every
 * co-member b > a is accumulated into a dense scratch row indexed by b; the touched entries are then emitted in
 * order and reset. 100,000 meetings of 20 people are 19 million increments, none of which allocates or hashes;
 * pairs come out sorted by (a, b).
 *
 * Members are sorted within each meeting, so a's co-members b > a are exactly those after a's own position: each
 * person's presences are indexed by that position, and the walk starts just past it. The four accumulators of b
 * (count, Newman sum, first and last day) share one 32-byte stride of a single array, so an increment touches one
 * cache line instead of four: the scratch row spans all people, far more than the L1 and L2 caches hold.
 */
export function aggregatePairs(table: MeetingTable): PairTable {
  const peopleCount = table.people.length;
  const { offsets, members, days } = table;
  const meetingCount = table.meetings.length;

  const personMeetings = new Uint32Array(peopleCount);
  for (const person of members) personMeetings[person]!++;
  // Presences of each person as a CSR index over positions in `members`, in meeting order: person p was present
  // at positions presences[personOffsets[p] .. [p+1]); meetingAt[i] is the meeting of position i.
  const personOffsets = new Uint32Array(peopleCount + 1);
  for (let p = 0; p < peopleCount; p++) personOffsets[p + 1] = personOffsets[p]! + personMeetings[p]!;
  const presences = new Uint32Array(members.length);
  const meetingAt = new Uint32Array(members.length);
  const filled = personOffsets.slice(0, peopleCount);
  const shares = new Float64Array(meetingCount);
  for (let m = 0; m < meetingCount; m++) {
    const start = offsets[m]!;
    const end = offsets[m + 1]!;
    if (end - start >= 2) shares[m] = 1 / (end - start - 1);
    for (let i = start; i < end; i++) {
      meetingAt[i] = m;
      presences[filled[members[i]!]!++] = i;
    }
  }

  const scratch = new Float64Array(peopleCount * STRIDE);
  for (let at = 0; at < scratch.length; at += STRIDE) {
    scratch[at + FIRST] = NO_FIRST;
    scratch[at + LAST] = NO_DAY;
  }
  const touched = new Uint32Array(peopleCount);

  let capacity = Math.max(1 << 12, members.length);
  let outA = new Uint32Array(capacity);
  let outB = new Uint32Array(capacity);
  let outMeetings = new Uint32Array(capacity);
  let outNewman = new Float64Array(capacity);
  let outFirst = new Int32Array(capacity);
  let outLast = new Int32Array(capacity);
  let size = 0;
  const widen = <T extends Uint32Array | Float64Array | Int32Array>(old: T, next: T): T => {
    next.set(old);
    return next;
  };

  for (let a = 0; a < peopleCount; a++) {
    let touchedCount = 0;
    for (let k = personOffsets[a]!; k < personOffsets[a + 1]!; k++) {
      const position = presences[k]!;
      const m = meetingAt[position]!;
      const end = offsets[m + 1]!;
      const share = shares[m]!;
      const day = days[m]!;
      for (let i = position + 1; i < end; i++) {
        const b = members[i]!;
        const at = b * STRIDE;
        if (scratch[at] === 0) touched[touchedCount++] = b;
        scratch[at]!++;
        scratch[at + NEWMAN]! += share;
        if (day !== NO_DAY) {
          if (day < scratch[at + FIRST]!) scratch[at + FIRST] = day;
          if (day > scratch[at + LAST]!) scratch[at + LAST] = day;
        }
      }
    }
    if (touchedCount === 0) continue;
    touched.subarray(0, touchedCount).sort();
    if (size + touchedCount > capacity) {
      while (size + touchedCount > capacity) capacity *= 2;
      outA = widen(outA, new Uint32Array(capacity));
      outB = widen(outB, new Uint32Array(capacity));
      outMeetings = widen(outMeetings, new Uint32Array(capacity));
      outNewman = widen(outNewman, new Float64Array(capacity));
      outFirst = widen(outFirst, new Int32Array(capacity));
      outLast = widen(outLast, new Int32Array(capacity));
    }
    for (let t = 0; t < touchedCount; t++) {
      const b = touched[t]!;
      const at = b * STRIDE;
      outA[size] = a;
      outB[size] = b;
      outMeetings[size] = scratch[at]!;
      outNewman[size] = scratch[at + NEWMAN]!;
      outFirst[size] = scratch[at + FIRST] === NO_FIRST ? NO_DAY : scratch[at + FIRST]!;
      outLast[size] = scratch[at + LAST]!;
      size++;
      scratch[at] = 0;
      scratch[at + NEWMAN] = 0;
      scratch[at + FIRST] = NO_FIRST;
      scratch[at + LAST] = NO_DAY;
    }
  }

  return {
    size,
    a: outA.subarray(0, size),
    b: outB.subarray(0, size),
    meetings: outMeetings.subarray(0, size),
    newman: outNewman.subarray(0, size),
    first: outFirst.subarray(0, size),
    last: outLast.subarray(0, size),
    personMeetings,
    totalMeetings: meetingCount,
  };
}
