import type { ArticleFacts, Meeting, ParsedArticle, ParticipantRole, Staff, TimeOfDay } from '../types.js';
import { normalizeName } from '../text/normalize.js';
import { articleId, bodyId, personId, staffPersonId } from '../graph/ids.js';
import { NATIONAL_OR_PROVINCIAL_LEVELS } from './lexicon.js';
import type { ArticleJurisdiction, Lexicon } from './lexicon.js';
import { assignmentKey, canonicalId } from './overrides.js';
import type { Overrides } from './overrides.js';

/** An article's metadata as the graph needs it: a `ParsedArticle` fits, or a hand-made record. */
export interface ArticleMetadata
  extends Pick<ParsedArticle, 'article' | 'title' | 'url' | 'published' | 'outlet' | 'origin' | 'staff' | 'contentHash'> {
  /** Every path the same text was stored under; defaults to `[article]`. */
  paths?: string[];
  /** The article text, when available: MENTIONS counts are counted in it. */
  text?: string;
  /** The article's jurisdiction (from the lexicon's `inferContext`); derived from the facts' places when absent. */
  jurisdiction?: string | null;
}

export interface GraphInput {
  article: ArticleMetadata;
  facts: ArticleFacts;
}

export interface ResolveOptions {
  lexicon: Lexicon;
  overrides: Overrides;
}

export interface ResolvedBody {
  id: string;
  name: string;
  surfaces: Set<string>;
  kind: string | null;
  place: string | null;
}

export interface ResolvedPerson {
  id: string;
  name: string;
  surfaces: Set<string>;
}

export interface ResolvedParticipant {
  personId: string;
  role: ParticipantRole;
  titles: string[];
  evidence: string | null;
}

export interface ResolvedMeeting {
  /** The meeting's `id` in the article's facts, for telling the caller which node it became. */
  factsId: string;
  index: number;
  articleId: string;
  contentHash: string;
  title: string;
  date: string | null;
  timeOfDay: TimeOfDay | null;
  bodies: Array<{ id: string; name: string; session: number | null }>;
  chairs: string[];
  place: string | null;
  participants: ResolvedParticipant[];
  evidence: string[];
}

export interface ResolvedHolding {
  personId: string;
  bodyId: string;
  title: string;
  /** The date the title was observed: the meeting's date, else the article's publication date. */
  date: string | null;
}

export interface ResolvedArticle {
  id: string;
  metadata: ArticleMetadata;
  paths: string[];
  outlet: string | null;
  origin: string[];
  staff: Array<{ personId: string; name: string; role: Staff['role'] }>;
  people: Map<string, ResolvedPerson>;
  bodies: Map<string, ResolvedBody>;
  /** Place paths named in the text. */
  places: string[];
  /** Times named in the text, by person id, body id and place path (1 when the text is not given). */
  mentionCounts: Map<string, number>;
  meetings: ResolvedMeeting[];
  holdings: ResolvedHolding[];
}

/**
 * Resolves one article's facts to canonical entities: body surfaces to canonical bodies (the article's own aka
 * lists, then the overrides, then the lexicon), titles to the bodies they are held in, people to ids that tell
 * apart same-named people of different local jurisdictions.
 */
export function resolveArticle(input: GraphInput, options: ResolveOptions): ResolvedArticle {
  const { article: metadata, facts } = input;
  const { lexicon, overrides } = options;
  const id = articleId(metadata.contentHash);
  const jurisdiction = metadata.jurisdiction ?? lexicon.jurisdictionOf?.(facts.places) ?? commonAncestor(facts.places);
  const context: ArticleJurisdiction = { jurisdiction };
  const published = metadata.published ?? facts.published;
  const publishedDate = published ? published.slice(0, 10) : null;

  // Surface form (normalized) → the body name the article resolved it to: the article's own alias table.
  const articleNames = new Map<string, string>();
  for (const body of facts.bodies) {
    for (const surface of [body.name, ...body.aka]) articleNames.set(normalizeName(surface), body.name);
  }
  const surfacesByArticleName = new Map<string, Set<string>>();
  for (const body of facts.bodies) surfacesByArticleName.set(body.name, new Set([body.name, ...body.aka]));

  const bodies = new Map<string, ResolvedBody>();
  const resolveBodyName = (surface: string, kindHint: string | null = null): ResolvedBody => {
    const written = articleNames.get(normalizeName(surface)) ?? surface;
    const aliased = overrides.bodyAliases.get(normalizeName(written)) ?? overrides.bodyAliases.get(normalizeName(surface));
    const known = lexicon.resolveBody(aliased ?? written, context);
    const canonical = overrides.bodyAliases.get(normalizeName(known?.name ?? '')) ?? known?.name ?? aliased ?? written;
    const bodyKey = canonicalId(overrides, bodyId(canonical));
    let body = bodies.get(bodyKey);
    if (!body) {
      body = {
        id: bodyKey,
        name: normalizeName(canonical),
        surfaces: new Set(),
        kind: known?.kind ?? kindHint,
        place: lexicon.bodyPlace(canonical),
      };
      bodies.set(bodyKey, body);
    }
    for (const form of [surface, written, ...(surfacesByArticleName.get(written) ?? [])]) body.surfaces.add(form);
    return body;
  };
  for (const body of facts.bodies) resolveBodyName(body.name);

  // The article's own surfaces first (区疫情防控工作领导小组组长 → the body this article calls 区疫情防控工作领导小组),
  // longest first (市委副书记 → 市委 → 北京市委); the lexicon for titles naming no body of the article (市长).
  const surfacesLongestFirst = [...articleNames.keys()].sort((a, b) => b.length - a.length);
  const bodyOfTitle = (title: string): ResolvedBody | null => {
    const normalized = normalizeName(title);
    const surface = surfacesLongestFirst.find((form) => normalized.startsWith(form) && normalized.length > form.length);
    if (surface) return resolveBodyName(surface);
    const known = lexicon.bodyOfTitle(title, context);
    return known ? resolveBodyName(known.name, known.kind) : null;
  };

  // Titles per person over the whole article: they decide the person's jurisdiction for every mention.
  const titlesByName = new Map<string, string[]>();
  for (const meeting of facts.meetings) {
    for (const participant of meeting.participants) {
      const name = normalizeName(participant.name);
      titlesByName.set(name, [...(titlesByName.get(name) ?? []), ...participant.titles]);
    }
  }
  const people = new Map<string, ResolvedPerson>();
  const personIds = new Map<string, string>();
  const resolvePerson = (surface: string): string => {
    const name = normalizeName(surface);
    let key = personIds.get(name);
    if (key === undefined) {
      const assigned = overrides.assignments.get(assignmentKey(metadata.article, name));
      const placeKey = personJurisdiction(titlesByName.get(name) ?? [], overrides.distinctNames.has(name));
      key = canonicalId(overrides, assigned ?? personId(name, placeKey));
      personIds.set(name, key);
    }
    const person = people.get(key) ?? { id: key, name, surfaces: new Set<string>() };
    person.surfaces.add(surface);
    people.set(key, person);
    return key;
  };
  const personJurisdiction = (titles: string[], distinct: boolean): string | null => {
    const places = titles
      .map((title) => bodyOfTitle(title)?.place ?? null)
      .filter((place): place is string => place !== null)
      .filter((place) => distinct || !NATIONAL_OR_PROVINCIAL_LEVELS.has(lexicon.placeInfo(place)?.level ?? 'province'));
    // The most local jurisdiction names the person best (区委书记 and 市委常委 → the district).
    return places.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
  };

  const meetings: ResolvedMeeting[] = [];
  const holdings: ResolvedHolding[] = [];
  facts.meetings.forEach((meeting, index) => {
    const meetingBodies = meeting.bodies.map((body) => {
      const resolved = resolveBodyName(body.name);
      return { id: resolved.id, name: resolved.name, session: body.session };
    });
    const participants = strongestRoles(meeting).map((participant) => {
      const key = resolvePerson(participant.name);
      for (const title of participant.titles) {
        const body = bodyOfTitle(title);
        if (body) holdings.push({ personId: key, bodyId: body.id, title, date: meeting.date ?? publishedDate });
      }
      return {
        personId: key,
        role: participant.role,
        titles: participant.titles,
        evidence: participant.evidence ? `${id}: ${participant.evidence.sentence}` : null,
      };
    });
    meetings.push({
      factsId: meeting.id,
      index,
      articleId: id,
      contentHash: metadata.contentHash,
      title: meeting.title ?? meetingTitle(meetingBodies),
      date: meeting.date,
      timeOfDay: meeting.time_of_day,
      bodies: meetingBodies,
      chairs: participants.filter((participant) => participant.role === 'chair').map((participant) => participant.personId),
      place: meeting.place ?? null,
      participants,
      evidence: (meeting.evidence ?? []).map((evidence) => `${id}: ${evidence.sentence}`),
    });
  });

  for (const name of facts.people) resolvePerson(name);
  const outlet = facts.outlet ?? metadata.outlet;
  const origin = facts.origin.length > 0 ? facts.origin : metadata.origin;
  // An editor (责任编辑) works for the site that published the copy; a reporter for the outlet credited as origin
  // (新华社记者 in a 新浪 copy).
  const staffOutlet = (role: Staff['role']): string | null => (role === 'reporter' ? (origin[0] ?? outlet) : outlet);
  const staff = (facts.staff.length > 0 ? facts.staff : metadata.staff).map((member) => {
    const name = normalizeName(member.name);
    // Journalists hold no titles: keyed by name and outlet, apart from any official of the same name unless an
    // override joins them; credits are not mentions in the text.
    const assigned = overrides.assignments.get(assignmentKey(metadata.article, name));
    return { personId: canonicalId(overrides, assigned ?? staffPersonId(name, staffOutlet(member.role))), name, role: member.role };
  });

  const mentionCounts = new Map<string, number>();
  const text = metadata.text === undefined ? null : normalizeName(metadata.text);
  const count = (key: string, surfaces: Iterable<string>): void => {
    const found = text === null ? 0 : Math.max(0, ...[...surfaces].map((surface) => occurrences(text, normalizeName(surface))));
    mentionCounts.set(key, Math.max(1, found));
  };
  for (const person of people.values()) count(person.id, person.surfaces);
  for (const body of bodies.values()) count(body.id, body.surfaces);
  for (const place of facts.places) count(place, [lexicon.placeInfo(place)?.name ?? place]);

  return {
    id,
    // Only what the Article node needs: the text and paragraphs are not kept, so memory does not grow with them.
    metadata: {
      article: metadata.article,
      title: metadata.title,
      url: metadata.url,
      published: metadata.published,
      outlet: metadata.outlet,
      origin: metadata.origin,
      staff: metadata.staff,
      contentHash: metadata.contentHash,
    },
    paths: metadata.paths ?? [metadata.article],
    outlet,
    origin,
    staff,
    people,
    bodies,
    places: [...new Set(facts.places)],
    mentionCounts,
    meetings,
    holdings,
  };
}

/** A person named twice in one meeting keeps the stronger role (chair over attendee over observer), titles united. */
function strongestRoles(meeting: Meeting): Meeting['participants'] {
  const rank: Record<ParticipantRole, number> = { chair: 0, attendee: 1, observer: 2 };
  const byName = new Map<string, Meeting['participants'][number]>();
  for (const participant of meeting.participants) {
    const name = normalizeName(participant.name);
    const seen = byName.get(name);
    if (!seen) {
      byName.set(name, { ...participant, titles: [...participant.titles] });
      continue;
    }
    const stronger = rank[participant.role] < rank[seen.role] ? participant : seen;
    byName.set(name, {
      ...stronger,
      titles: [...new Set([...seen.titles, ...participant.titles])],
      evidence: stronger.evidence ?? seen.evidence ?? participant.evidence,
    });
  }
  return [...byName.values()];
}

/** A title for a meeting the text does not name: its bodies and sessions (…第133次会议暨…第84次会议). */
export function meetingTitle(bodies: Array<{ name: string; session: number | null }>): string {
  if (bodies.length === 0) return '会议';
  return bodies.map((body) => `${body.name}${body.session === null ? '' : `第${body.session}次`}会议`).join('暨');
}

/** The deepest place path every place of the article lies in (北京市 for 北京市 + 北京市朝阳区). */
function commonAncestor(places: string[]): string | null {
  const candidates = places.filter((candidate) => places.every((place) => place.startsWith(candidate)));
  return candidates.sort((a, b) => b.length - a.length)[0] ?? null;
}

function occurrences(text: string, surface: string): number {
  if (surface.length === 0) return 0;
  let found = 0;
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length)) found += 1;
  return found;
}
