import { NO_DAY, type MeetingTable } from './meetings.js';

const NO_FIRST = 2147483647;

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
 * co-member b > a is accumulated into dense scratch arrays indexed by b, which stay in cache; the touched entries
 * are then emitted in order and reset. 100,000 meetings of 20 people are 19 million increments, none of which
 * allocates or hashes; pairs come out sorted by (a, b).
 */
export function aggregatePairs(table: MeetingTable): PairTable {
  const peopleCount = table.people.length;
  const { offsets, members, days } = table;
  const meetingCount = table.meetings.length;

  const personMeetings = new Uint32Array(peopleCount);
  for (const person of members) personMeetings[person]!++;
  // Meetings of each person, as a second CSR index: person p's meetings are meetingsOf[personOffsets[p] .. [p+1]).
  const personOffsets = new Uint32Array(peopleCount + 1);
  for (let p = 0; p < peopleCount; p++) personOffsets[p + 1] = personOffsets[p]! + personMeetings[p]!;
  const meetingsOf = new Uint32Array(members.length);
  const filled = personOffsets.slice(0, peopleCount);
  for (let m = 0; m < meetingCount; m++) {
    for (let i = offsets[m]!; i < offsets[m + 1]!; i++) meetingsOf[filled[members[i]!]!++] = m;
  }

  const count = new Uint32Array(peopleCount);
  const newmanSum = new Float64Array(peopleCount);
  const firstDay = new Int32Array(peopleCount).fill(NO_FIRST);
  const lastDay = new Int32Array(peopleCount).fill(NO_DAY);
  const touched = new Uint32Array(peopleCount);

  let capacity = 1 << 12;
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
      const m = meetingsOf[k]!;
      const start = offsets[m]!;
      const end = offsets[m + 1]!;
      if (end - start < 2) continue;
      const share = 1 / (end - start - 1);
      const day = days[m]!;
      for (let i = start; i < end; i++) {
        const b = members[i]!;
        if (b <= a) continue;
        if (count[b] === 0) touched[touchedCount++] = b;
        count[b]!++;
        newmanSum[b]! += share;
        if (day !== NO_DAY) {
          if (day < firstDay[b]!) firstDay[b] = day;
          if (day > lastDay[b]!) lastDay[b] = day;
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
      outA[size] = a;
      outB[size] = b;
      outMeetings[size] = count[b]!;
      outNewman[size] = newmanSum[b]!;
      outFirst[size] = firstDay[b] === NO_FIRST ? NO_DAY : firstDay[b]!;
      outLast[size] = lastDay[b]!;
      size++;
      count[b] = 0;
      newmanSum[b] = 0;
      firstDay[b] = NO_FIRST;
      lastDay[b] = NO_DAY;
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
