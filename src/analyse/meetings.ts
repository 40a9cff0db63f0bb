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

/**
 * Reads the meetings of a huiyi graph (Meeting nodes, CHAIRED / ATTENDED from people, CONVENED_BY to bodies,
 * HELD_IN to places, whatever the direction of the relationships) into a `MeetingTable`.
 */
export function collectMeetings(graph: Graph, filters: MeetingFilters = {}): MeetingTable {
  const fromDay = filters.from ? dayNumber(filters.from) : null;
  const toDay = filters.to ? dayNumber(filters.to) : null;
  const roles = filters.roles && filters.roles.length > 0 ? new Set(filters.roles) : null;

  const people: PersonEntry[] = [];
  const personIndex = new Map<string, number>();
  const meetings: MeetingEntry[] = [];
  const days: number[] = [];
  const offsets: number[] = [0];
  let members = new Uint32Array(1 << 16);
  let memberCount = 0;

  // Everyone present is indexed (role filters only decide who is counted); `seenIn[person]` is the last meeting
  // the person was seen in, which tells the people present in a meeting apart without a set per meeting.
  const seenIn: number[] = [];
  let meetingNumber = 0;
  let presentCount = 0;
  const counted: number[] = [];

  graph.forEachNode((meeting, attributes) => {
    if (attributes.label !== 'Meeting') return;
    const day = dayNumber(text(attributes.date));
    if (fromDay !== null && (day === NO_DAY || day < fromDay)) return;
    if (toDay !== null && (day === NO_DAY || day > toDay)) return;

    let convenedByBody = filters.body === undefined;
    let heldInPlace = filters.place === undefined;
    meetingNumber++;
    presentCount = 0;
    counted.length = 0;
    graph.forEachEdge(meeting, (_edge, edgeAttributes, source, target, sourceAttributes, targetAttributes) => {
      const outgoing = source === meeting;
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
          seenIn.push(0);
        }
        if (seenIn[index] !== meetingNumber) {
          seenIn[index] = meetingNumber;
          presentCount++;
        }
        if (roles === null || roles.has(role)) counted.push(index);
      } else if (edgeAttributes.type === 'CONVENED_BY' && filters.body !== undefined) {
        convenedByBody ||= matchesNamed(otherAttributes, other, filters.body);
      } else if (edgeAttributes.type === 'HELD_IN' && filters.place !== undefined) {
        heldInPlace ||= matchesPlace(otherAttributes, other, filters.place);
      }
    });
    if (!convenedByBody || !heldInPlace) return;
    if (filters.maxSize !== undefined && presentCount > filters.maxSize) return;

    counted.sort((a, b) => a - b);
    const start = memberCount;
    for (const index of counted) {
      if (memberCount > start && members[memberCount - 1] === index) continue;
      if (memberCount === members.length) {
        const grown = new Uint32Array(members.length * 2);
        grown.set(members);
        members = grown;
      }
      members[memberCount++] = index;
    }
    meetings.push({ key: meeting, title: text(attributes.title), date: text(attributes.date) });
    days.push(day);
    offsets.push(memberCount);
  });

  return {
    people,
    meetings,
    offsets: Uint32Array.from(offsets),
    members: members.slice(0, memberCount),
    days: Int32Array.from(days),
  };
}
