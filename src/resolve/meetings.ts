import type { TimeOfDay } from '../types.js';
import { articleMeetingKey, chairedMeetingKey, dateMeetingKey, sessionMeetingKey } from '../graph/ids.js';
import type { ResolvedMeeting } from './article.js';

/** Meetings reported by one or more articles that are one gathering. */
export interface MeetingCluster {
  /** The meeting's stable id: its first identity key (session keys before date keys). */
  id: string;
  keys: string[];
  date: string | null;
  timeOfDay: TimeOfDay | null;
  /** Per body id, its session (null when no report gives one). */
  sessions: Map<string, number | null>;
  articles: Set<string>;
  reports: ResolvedMeeting[];
}

/**
 * The keys under which a meeting can be found again in another report: each body with its session
 * (北京…领导小组#133), each body with the date (for reports without a session), the date with the chairs for a
 * gathering no body convened, and, when none of those exists, the article and position alone (never shared).
 */
export function identityKeys(meeting: ResolvedMeeting): string[] {
  const sessionKeys = meeting.bodies.flatMap((body) => (body.session === null ? [] : [sessionMeetingKey(body.name, body.session)]));
  const dateKeys = meeting.date === null ? [] : meeting.bodies.map((body) => dateMeetingKey(body.name, meeting.date!));
  const chairKeys =
    meeting.bodies.length === 0 && meeting.date !== null && meeting.chairs.length > 0
      ? [chairedMeetingKey(meeting.date, meeting.chairs)]
      : [];
  const keys = [...new Set([...sessionKeys.sort(), ...dateKeys.sort(), ...chairKeys])];
  return keys.length > 0 ? keys : [articleMeetingKey(meeting.contentHash, meeting.index)];
}

/**
 * Whether a report can join a cluster: never two meetings of one article (the article tells them apart), never
 * different dates, never different sessions of one body, never different times of day.
 */
function compatible(cluster: MeetingCluster, meeting: ResolvedMeeting): boolean {
  if (cluster.articles.has(meeting.articleId)) return false;
  if (cluster.date !== null && meeting.date !== null && cluster.date !== meeting.date) return false;
  if (cluster.timeOfDay !== null && meeting.timeOfDay !== null && cluster.timeOfDay !== meeting.timeOfDay) return false;
  return meeting.bodies.every((body) => {
    const session = cluster.sessions.get(body.id);
    return session === undefined || session === null || body.session === null || session === body.session;
  });
}

/**
 * Groups the meetings of all articles into gatherings. Reports are taken in a fixed order (article id, then position
 * in the article), so the result does not depend on the order articles were read in; a report joins the first
 * compatible cluster sharing one of its identity keys, so a joint meeting is found through either of its bodies.
 */
export function clusterMeetings(meetings: Iterable<ResolvedMeeting>): MeetingCluster[] {
  const ordered = [...meetings].sort(
    (a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.index - b.index),
  );
  const clusters: MeetingCluster[] = [];
  const byKey = new Map<string, MeetingCluster[]>();
  for (const meeting of ordered) {
    const keys = identityKeys(meeting);
    const candidates = keys.flatMap((key) => byKey.get(key) ?? []);
    let cluster = candidates.find((candidate) => compatible(candidate, meeting));
    if (!cluster) {
      cluster = {
        id: keys[0]!,
        keys: [],
        date: null,
        timeOfDay: null,
        sessions: new Map(),
        articles: new Set(),
        reports: [],
      };
      clusters.push(cluster);
    }
    cluster.reports.push(meeting);
    cluster.articles.add(meeting.articleId);
    cluster.date ??= meeting.date;
    cluster.timeOfDay ??= meeting.timeOfDay;
    for (const body of meeting.bodies) {
      if (cluster.sessions.get(body.id) == null) cluster.sessions.set(body.id, body.session);
    }
    for (const key of keys) {
      if (cluster.keys.includes(key)) continue;
      cluster.keys.push(key);
      byKey.set(key, [...(byKey.get(key) ?? []), cluster]);
    }
  }
  for (const cluster of clusters) cluster.id = preferredKey(cluster.keys);
  return distinguishSharedIds(clusters);
}

/**
 * Two gatherings can share their best key (two meetings of one body on one day, both without a session): they are
 * told apart by their chairs, then by their time of day, and as a last resort by their order.
 */
function distinguishSharedIds(clusters: MeetingCluster[]): MeetingCluster[] {
  const byId = new Map<string, MeetingCluster[]>();
  for (const cluster of clusters) byId.set(cluster.id, [...(byId.get(cluster.id) ?? []), cluster]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const chairsOf = (cluster: MeetingCluster): string =>
      [...new Set(cluster.reports.flatMap((report) => report.chairs.map((chair) => chair.replace(/^person:/, ''))))]
        .sort()
        .join('、');
    const suffixes = group.map((cluster) => [chairsOf(cluster), cluster.timeOfDay ?? ''].filter((part) => part !== '').join('~'));
    group.forEach((cluster, index) => {
      const suffix = suffixes[index]!;
      const unique = suffix !== '' && suffixes.filter((other) => other === suffix).length === 1;
      cluster.id = unique ? `${id}~${suffix}` : `${id}~${index + 1}`;
    });
  }
  return clusters;
}

/** Session keys name a meeting best, then date keys, then the rest; ties broken by code point order. */
export function preferredKey(keys: string[]): string {
  const rank = (key: string): number => (/#\d+$/.test(key) ? 0 : /@\d{4}-\d{2}-\d{2}$/.test(key) ? 1 : 2);
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}
