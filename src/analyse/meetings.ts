import type Graph from 'graphology';
import type { ParticipantRole } from '../types.js';

/** Which meetings and which presences count for a co-attendance analysis. Every field is optional. */
export interface MeetingFilters {
  /** First date included, `YYYY-MM-DD`; meetings without a date are left out when a window is given. */
  from?: string;
  /** Last date included, `YYYY-MM-DD`. */
  to?: string;
  /** Only meetings convened by this body (its name or id). */
  body?: string;
  /** Only meetings held in this place (its name, id, or a prefix of its path: 北京市 covers 北京市朝阳区). */
  place?: string;
  /** Only presences in these roles; CHAIRED is `chair`, ATTENDED carries its `as`. */
  roles?: readonly ParticipantRole[];
  /** Leave out meetings with more people present than this (plenaries of thousands say little about ties). */
  maxSize?: number;
}

/**
 * The person × meeting incidence after filtering, in integer-indexed arrays so that the pair count can run over
 * millions of presences without building strings: meeting m has members `members[offsets[m] .. offsets[m+1])`,
 * sorted ascending, each an index into `people`.
 */
export interface MeetingTable {
  people: PersonEntry[];
  meetings: MeetingEntry[];
  offsets: Uint32Array;
  members: Uint32Array;
  /** Days since 1970-01-01 of each meeting, or `NO_DAY` when it has no date. */
  days: Int32Array;
}

export interface PersonEntry {
  key: string;
  name: string;
}

export interface MeetingEntry {
  key: string;
  title: string | null;
  date: string | null;
}

export const NO_DAY = -2147483648;

const DAY_MS = 86_400_000;

export function dayNumber(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return NO_DAY;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? NO_DAY : Math.round(ms / DAY_MS);
}

export function dayString(day: number): string | null {
  if (day === NO_DAY) return null;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `dayString` remembering its answers: millions of ties share a few thousand dates. */
export function dayFormatter(): (day: number) => string | null {
  const dates = new Map<number, string | null>();
  return (day) => {
    let text = dates.get(day);
    if (text === undefined) {
      text = dayString(day);
      dates.set(day, text);
    }
    return text;
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function matchesNamed(attributes: Record<string, unknown>, key: string, wanted: string): boolean {
  return key === wanted || attributes.id === wanted || attributes.name === wanted;
}

function matchesPlace(attributes: Record<string, unknown>, key: string, wanted: string): boolean {
  const path = text(attributes.path);
  return matchesNamed(attributes, key, wanted) || (path !== null && path.startsWith(wanted));
}

/** The role a person's relationship to a meeting gives them, or null when the relationship is not a presence. */
function presenceRole(edge: Record<string, unknown>): ParticipantRole | null {
  if (edge.type === 'CHAIRED') return 'chair';
  if (edge.type !== 'ATTENDED') return null;
  return edge.as === 'observer' ? 'observer' : 'attendee';
}

/** A growable list of unsigned integers. */
class UintList {
  values = new Uint32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Reads the meetings of a huiyi graph (Meeting nodes, CHAIRED / ATTENDED from people, CONVENED_BY to bodies,
 * HELD_IN to places, whatever the direction of the relationships) into a `MeetingTable`. The edges are read in
 * one pass over all of them (much faster in graphology than node by node), then grouped by meeting.
 */
export function collectMeetings(graph: Graph, filters: MeetingFilters = {}): MeetingTable {
  const fromDay = filters.from ? dayNumber(filters.from) : null;
  const toDay = filters.to ? dayNumber(filters.to) : null;
  const roles = filters.roles && filters.roles.length > 0 ? new Set(filters.roles) : null;

  const candidates: MeetingEntry[] = [];
  const candidateDays: number[] = [];
  const candidateIndex = new Map<string, number>();
  graph.forEachNode((meeting, attributes) => {
    if (attributes.label !== 'Meeting') return;
    const day = dayNumber(text(attributes.date));
    if (fromDay !== null && (day === NO_DAY || day < fromDay)) return;
    if (toDay !== null && (day === NO_DAY || day > toDay)) return;
    candidateIndex.set(meeting, candidates.length);
    candidates.push({ key: meeting, title: text(attributes.title), date: text(attributes.date) });
    candidateDays.push(day);
  });

  // Everyone present is indexed; role filters only decide who is counted (the size of a meeting counts everyone).
  const people: PersonEntry[] = [];
  const personIndex = new Map<string, number>();
  const presenceMeeting = new UintList();
  /** The person's index times two, plus one when the presence is counted. */
  const presencePerson = new UintList();
  const convenedByBody = new Uint8Array(candidates.length).fill(filters.body === undefined ? 1 : 0);
  const heldInPlace = new Uint8Array(candidates.length).fill(filters.place === undefined ? 1 : 0);

  graph.forEachEdge((_edge, edgeAttributes, source, target, sourceAttributes, targetAttributes) => {
    let meeting = candidateIndex.get(source);
    const outgoing = meeting !== undefined;
    if (!outgoing) meeting = candidateIndex.get(target);
    if (meeting === undefined) return;
    const other = outgoing ? target : source;
    const otherAttributes = outgoing ? targetAttributes : sourceAttributes;
    if (otherAttributes.label === 'Person') {
      const role = presenceRole(edgeAttributes);
      if (role === null) return;
      let index = personIndex.get(other);
      if (index === undefined) {
        index = people.length;
        personIndex.set(other, index);
        people.push({ key: other, name: text(otherAttributes.name) ?? other });
      }
      presenceMeeting.push(meeting);
      presencePerson.push(index * 2 + (roles === null || roles.has(role) ? 1 : 0));
    } else if (edgeAttributes.type === 'CONVENED_BY' && filters.body !== undefined) {
      if (matchesNamed(otherAttributes, other, filters.body)) convenedByBody[meeting] = 1;
    } else if (edgeAttributes.type === 'HELD_IN' && filters.place !== undefined) {
      if (matchesPlace(otherAttributes, other, filters.place)) heldInPlace[meeting] = 1;
    }
  });

  // The presences grouped by meeting (a counting sort): meeting m's are byMeeting[starts[m] .. starts[m+1]).
  const starts = new Uint32Array(candidates.length + 1);
  for (let at = 0; at < presenceMeeting.length; at++) starts[presenceMeeting.values[at]! + 1]!++;
  for (let m = 0; m < candidates.length; m++) starts[m + 1]! += starts[m]!;
  const byMeeting = new Uint32Array(presenceMeeting.length);
  const filled = starts.slice(0, candidates.length);
  for (let at = 0; at < presenceMeeting.length; at++) byMeeting[filled[presenceMeeting.values[at]!]!++] = presencePerson.values[at]!;

  const meetings: MeetingEntry[] = [];
  const days: number[] = [];
  const offsets: number[] = [0];
  const members = new UintList();
  /** The last meeting (plus one) each person was seen in: tells the people present apart without a set. */
  const seenIn = new Uint32Array(people.length);
  const counted: number[] = [];
  for (let m = 0; m < candidates.length; m++) {
    if (convenedByBody[m] === 0 || heldInPlace[m] === 0) continue;
    let present = 0;
    counted.length = 0;
    for (let at = starts[m]!; at < starts[m + 1]!; at++) {
      const person = byMeeting[at]! >>> 1;
      if (seenIn[person] !== m + 1) {
        seenIn[person] = m + 1;
        present++;
      }
      if ((byMeeting[at]! & 1) === 1) counted.push(person);
    }
    if (filters.maxSize !== undefined && present > filters.maxSize) continue;
    counted.sort((x, y) => x - y);
    const start = members.length;
    for (const person of counted) {
      if (members.length > start && members.values[members.length - 1] === person) continue;
      members.push(person);
    }
    meetings.push(candidates[m]!);
    days.push(candidateDays[m]!);
    offsets.push(members.length);
  }

  return {
    people,
    meetings,
    offsets: Uint32Array.from(offsets),
    members: members.values.slice(0, members.length),
    days: Int32Array.from(days),
  };
}
