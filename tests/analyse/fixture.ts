import Graph from 'graphology';
import { readFileSync } from 'node:fs';
import type { ArticleFacts, ParticipantRole } from '../../src/types.js';

/** A meeting as a test writes it: people as [name, role] pairs. */
export interface FixtureMeeting {
  id: string;
  date: string | null;
  title?: string;
  bodies?: string[];
  place?: { name: string; path: string };
  people: [string, ParticipantRole][];
}

/** A graph in the huiyi model (Person, Meeting, Body, Place; CHAIRED, ATTENDED{as}, CONVENED_BY, HELD_IN). */
export function meetingGraph(meetings: FixtureMeeting[]): Graph {
  const graph = new Graph({ type: 'directed', multi: true });
  const node = (key: string, attributes: Record<string, unknown>): string => {
    graph.mergeNode(key, attributes);
    return key;
  };
  for (const meeting of meetings) {
    const key = node(`meeting:${meeting.id}`, {
      label: 'Meeting',
      id: `meeting:${meeting.id}`,
      title: meeting.title ?? meeting.id,
      date: meeting.date,
      timeOfDay: null,
    });
    for (const body of meeting.bodies ?? []) {
      const bodyKey = node(`body:${body}`, { label: 'Body', id: `body:${body}`, name: body });
      graph.addDirectedEdgeWithKey(`CONVENED_BY|${key}|${bodyKey}`, key, bodyKey, { type: 'CONVENED_BY', session: null });
    }
    if (meeting.place) {
      const placeKey = node(`place:${meeting.place.path}`, { label: 'Place', id: `place:${meeting.place.path}`, ...meeting.place });
      graph.addDirectedEdgeWithKey(`HELD_IN|${key}|${placeKey}`, key, placeKey, { type: 'HELD_IN' });
    }
    for (const [name, role] of meeting.people) {
      const person = node(`person:${name}`, { label: 'Person', id: `person:${name}`, name });
      const type = role === 'chair' ? 'CHAIRED' : 'ATTENDED';
      const attributes = role === 'chair' ? { type } : { type, as: role };
      graph.addDirectedEdgeWithKey(`${type}|${person}|${key}|${role}`, person, key, attributes);
    }
  }
  return graph;
}

/**
 * The hand-computed fixture of the weighting tests (see coattend.test.ts for the values):
 * six meetings, people A–F, D an observer in M3, M4 without a date, M5 of five people.
 */
export const SMALL_FIXTURE: FixtureMeeting[] = [
  { id: 'M1', date: '2021-01-01', bodies: ['X'], place: { name: '东城区', path: '北京市东城区' }, people: [['A', 'chair'], ['B', 'attendee'], ['C', 'attendee']] },
  { id: 'M2', date: '2021-02-01', bodies: ['X'], place: { name: '北京市', path: '北京市' }, people: [['A', 'attendee'], ['B', 'attendee']] },
  { id: 'M3', date: '2021-03-01', bodies: ['Y'], place: { name: '上海市', path: '上海市' }, people: [['A', 'chair'], ['C', 'attendee'], ['D', 'observer']] },
  { id: 'M4', date: null, bodies: ['Y'], people: [['B', 'attendee'], ['D', 'attendee']] },
  { id: 'M5', date: '2021-05-01', bodies: ['Z'], people: [['A', 'attendee'], ['B', 'attendee'], ['C', 'attendee'], ['D', 'attendee'], ['E', 'attendee']] },
  { id: 'M6', date: '2021-06-01', bodies: ['Z'], people: [['E', 'chair'], ['F', 'attendee']] },
];

/** The gold meetings of the five seed articles, merged by their gold id, as fixture meetings. */
export function goldSeedMeetings(): FixtureMeeting[] {
  const path = new URL('../../../shared/gold/seeds.jsonl', import.meta.url);
  const byId = new Map<string, FixtureMeeting>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const facts = JSON.parse(line) as ArticleFacts;
    for (const meeting of facts.meetings) {
      const merged = byId.get(meeting.id) ?? {
        id: meeting.id,
        date: meeting.date,
        title: meeting.title ?? meeting.bodies.map((body) => body.name).join('暨'),
        bodies: meeting.bodies.map((body) => body.name),
        people: [],
      };
      for (const participant of meeting.participants) {
        if (!merged.people.some(([name, role]) => name === participant.name && role === participant.role)) {
          merged.people.push([participant.name, participant.role]);
        }
      }
      byId.set(meeting.id, merged);
    }
  }
  return [...byId.values()];
}
