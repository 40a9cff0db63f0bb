import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { HuiyiGraph } from '../graph/model.js';
import { preferredKey } from '../resolve/meetings.js';

/** What identifies a meeting across exports: the bodies that convened it (with sessions), its date and time of day. */
export interface MeetingIdentity {
  id: string;
  date: string | null;
  timeOfDay: string | null;
  bodies: Array<{ id: string; session: number | null }>;
}

export interface MeetingReconciliation {
  /** Meeting id in the graph → the id of the same meeting already in Neo4j, which the export writes to instead. */
  renamed: Map<string, string>;
  /** Meetings in Neo4j whose id was replaced by the better id the graph gives them (old id → new id). */
  rekeyed: Map<string, string>;
}

const LOOKUP_BATCH = 1000;

/**
 * A meeting's id depends on which reports were built together: a brief without session is `body@date`, the full
 * report with its session `body#session`. Before an export writes, the graph's meetings that are not yet in Neo4j
 * are looked up there by body + session and by body + date, under the same rules the build merges by (same date,
 * compatible time of day and sessions; one meeting in Neo4j for at most one of the graph's). A match keeps one
 * node: the one whose id the build would prefer (session ids before date ids). When that is the graph's id, the node
 * in Neo4j is re-keyed, so exporting articles in several runs gives the same database as exporting them together.
 */
export async function reconcileMeetings(driver: Driver, graph: HuiyiGraph, database?: string): Promise<MeetingReconciliation> {
  const meetings = meetingIdentities(graph);
  const inGraph = new Set(meetings.map((meeting) => meeting.id));
  const renamed = new Map<string, string>();
  const rekeyed = new Map<string, string>();
  const taken = new Set<string>();

  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // A first export into an empty database (the common case for a large graph) has nothing to match against:
    // one trivial query spares the candidate lookup over every meeting.
    const stored = await session.executeRead((tx) => tx.run(ANY_CONVENED_MEETING));
    if (stored.records[0]?.get('any') !== true) return { renamed, rekeyed };
    for (let start = 0; start < meetings.length; start += LOOKUP_BATCH) {
      const rows = meetings.slice(start, start + LOOKUP_BATCH).filter((meeting) => meeting.bodies.length > 0);
      const found = await session.executeRead((tx) => tx.run(CANDIDATES, { rows }));
      const candidates = new Map<string, MeetingIdentity[]>();
      for (const record of found.records) {
        const candidate: MeetingIdentity = {
          id: record.get('existing'),
          date: record.get('date'),
          timeOfDay: record.get('timeOfDay'),
          bodies: record.get('bodies'),
        };
        const meeting: string = record.get('meeting');
        candidates.set(meeting, [...(candidates.get(meeting) ?? []), candidate]);
      }
      for (const meeting of rows) {
        const match = (candidates.get(meeting.id) ?? [])
          .filter((candidate) => !inGraph.has(candidate.id) && !taken.has(candidate.id) && sameMeeting(meeting, candidate))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
        if (!match) continue;
        taken.add(match.id);
        if (preferredKey([meeting.id, match.id]) === match.id) renamed.set(meeting.id, match.id);
        else rekeyed.set(match.id, meeting.id);
      }
    }
    for (const [from, to] of rekeyed) {
      await session.executeWrite((tx) => tx.run('MATCH (m:Meeting {id: $from}) SET m.id = $to', { from, to }));
    }
  } finally {
    await session.close();
  }
  return { renamed, rekeyed };
}

const ANY_CONVENED_MEETING = 'RETURN EXISTS { MATCH (:Meeting)-[:CONVENED_BY]->(:Body) } AS any';

/** Existing meetings sharing a body and its session, or a body and the date, with a meeting not yet in Neo4j. */
const CANDIDATES = `
UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (:Meeting {id: row.id}) }
UNWIND row.bodies AS body
MATCH (m:Meeting)-[c:CONVENED_BY]->(:Body {id: body.id})
WHERE (body.session IS NOT NULL AND c.session = body.session) OR (row.date IS NOT NULL AND m.date = row.date)
WITH DISTINCT row, m
RETURN row.id AS meeting, m.id AS existing, m.date AS date, m.timeOfDay AS timeOfDay,
       [(m)-[c:CONVENED_BY]->(b:Body) | {id: b.id, session: c.session}] AS bodies`;

/** The build's merge rule (src/resolve/meetings.ts) between a meeting of the graph and one in Neo4j. */
function sameMeeting(meeting: MeetingIdentity, existing: MeetingIdentity): boolean {
  if (meeting.date !== null && existing.date !== null && meeting.date !== existing.date) return false;
  if (meeting.timeOfDay !== null && existing.timeOfDay !== null && meeting.timeOfDay !== existing.timeOfDay) return false;
  const sessions = new Map(existing.bodies.map((body) => [body.id, body.session]));
  return meeting.bodies.every((body) => {
    const session = sessions.get(body.id);
    return session === undefined || session === null || body.session === null || session === body.session;
  });
}

export function meetingIdentities(graph: HuiyiGraph): MeetingIdentity[] {
  const meetings: MeetingIdentity[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.label !== 'Meeting') return;
    const bodies = graph
      .outEdges(node)
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'CONVENED_BY')
      .map((edge) => ({ id: graph.target(edge), session: (graph.getEdgeAttribute(edge, 'session') as number | null) ?? null }));
    meetings.push({
      id: node,
      date: (attributes.date as string | null) ?? null,
      timeOfDay: (attributes.timeOfDay as string | null) ?? null,
      bodies,
    });
  });
  return meetings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
