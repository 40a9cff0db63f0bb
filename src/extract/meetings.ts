import type { Evidence, Meeting, MeetingBody, Participant, ParticipantRole, TimeOfDay } from '../types.js';
import { publicationDay, readDates } from './dates.js';
import { escapeRegExp, type ExtractLexicon } from './lexicon.js';
import type { NameBook } from './names.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals.js';
import { parseParticipantList } from './participants.js';
import type { Sentence } from './sentences.js';

/** Canonical body name for a surface form found in a meeting sentence, or null when it names no body. */
export type BodyResolver = (surface: string) => string | null;

/** A person found in a participant list, with offsets into the article text. */
export interface PersonMention {
  name: string;
  start: number;
  end: number;
  titled: boolean;
}

interface EventReading {
  sentence: Sentence;
  /** Headlines name bodies loosely (中哈合作委员会); their bodies count only when the body text names none. */
  inTitle: boolean;
  bodies: MeetingBody[];
  title: string | null;
  date: string | null;
  explicitDate: boolean;
  time_of_day: TimeOfDay | null;
}

interface Patterns {
  kind: string;
  kindAnywhere: RegExp;
  session: RegExp;
  object: RegExp;
  eventVerb: RegExp;
  roleVerb: RegExp;
  roleOf: ParticipantRole[];
  notBefore: RegExp;
  notAfter: RegExp;
}

const NUMERAL = `[0-9０-９${CHINESE_NUMERAL_CHARS}]+`;
const PHRASE_BOUNDARY = /[，。、；：:\s“”"（）()《》【】\[\]暨]|召开|举行|主持|又|在/gu;
const RANK: Record<ParticipantRole, number> = { chair: 3, attendee: 2, observer: 1 };

const cache = new WeakMap<ExtractLexicon, Patterns>();

function patterns(lex: ExtractLexicon): Patterns {
  let p = cache.get(lex);
  if (p) return p;
  const kind = lex.kinds.map(escapeRegExp).join('|');
  p = {
    kind,
    kindAnywhere: new RegExp(kind, 'gu'),
    session: new RegExp(`第(${NUMERAL})次(?:全体)?(?:${kind})`, 'gu'),
    object: new RegExp(`(?:召开|举行)了?([^，。；、“”]{0,40}?(?:${kind}))`, 'gu'),
    eventVerb: new RegExp(`${lex.eventVerbs.map(escapeRegExp).join('|')}`, 'gu'),
    roleVerb: new RegExp(lex.roles.map((r) => `(${r.pattern.source})`).join('|'), 'gu'),
    roleOf: lex.roles.map((r) => r.role),
    notBefore: new RegExp(`(?:${lex.notReportedBefore.map(escapeRegExp).join('|')})[^，。；]{0,12}$`, 'u'),
    notAfter: new RegExp(`^(?:${lex.notReportedAfter.map(escapeRegExp).join('|')})`, 'u'),
  };
  cache.set(lex, p);
  return p;
}

/** The text between the last phrase boundary before `end` and `end`: the body named right before a session marker. */
function phraseBefore(text: string, end: number): string {
  let start = 0;
  for (const m of text.slice(0, end).matchAll(PHRASE_BOUNDARY)) start = m.index + m[0].length;
  return text.slice(start, end);
}

/** The subject of a clause ending at `verbIndex`, without its date and venue: 中共中央政治局(2月25日)召开会议. */
function subjectBefore(text: string, verbIndex: number): string {
  const clauseStart = Math.max(...[...'，。；：:\n ]】'].map((c) => text.lastIndexOf(c, verbIndex - 1))) + 1;
  const clause = text.slice(clauseStart, verbIndex);
  if (/第[^，。]{1,8}次/u.test(clause)) return '';
  const cut = clause.search(/[0-9０-９]|[一二三四五六七八九十]+[日号]|今天|昨天|今日|昨日|当天|近日|日前|在|于|正式|首次|又|也|还|刚刚/u);
  return cut >= 0 ? clause.slice(0, cut) : clause;
}

function isReported(p: Patterns, text: string, index: number, length: number): boolean {
  return !p.notBefore.test(text.slice(Math.max(0, index - 14), index)) && !p.notAfter.test(text.slice(index + length));
}

function readEvent(
  lex: ExtractLexicon,
  resolve: BodyResolver,
  sentence: Sentence,
  simplified: string,
  published: string | null,
): EventReading | null {
  const p = patterns(lex);
  const verbs = [...simplified.matchAll(p.eventVerb)].filter(
    (m) => simplified[m.index + m[0].length] !== '人' && isReported(p, simplified, m.index, m[0].length),
  );
  if (verbs.length === 0) return null;
  const kinds = [...simplified.matchAll(p.kindAnywhere)].filter(
    (m) => !p.notAfter.test(simplified.slice(m.index + m[0].length)),
  );
  if (kinds.length === 0) return null;

  const bodies: MeetingBody[] = [];
  let title: string | null = null;
  const add = (surface: string, session: number | null) => {
    const name = surface ? resolve(surface) : null;
    if (!name) return;
    const existing = bodies.find((b) => b.name === name);
    if (existing) existing.session ??= session;
    else bodies.push({ name, session });
  };
  for (const m of simplified.matchAll(p.session)) {
    const after = simplified.slice(m.index + m[0].length);
    if (/^[\u4e00-\u9fff]/u.test(after) && !/^(?:召开|举行|开幕|闭幕|暨|在|于|并|上|今|昨|当|前|本|[一二三四五六七八九十]+[日号])/u.test(after)) continue;
    const surface = phraseBefore(simplified, m.index);
    const session = parseChineseNumeral(m[1]!);
    title ??= surface + m[0];
    if (surface) add(surface, session);
    else {
      const verb = verbs.filter((v) => v.index < m.index).at(-1);
      if (verb) add(subjectBefore(simplified, verb.index), session);
    }
  }
  for (const m of simplified.matchAll(p.object)) {
    const phrase = m[1]!.replace(/^(?:了|一个|一次)/u, '');
    if (/第.+次/u.test(phrase)) continue;
    title ??= phrase;
    add(phrase, null);
  }
  for (const verb of verbs) {
    if (verb[0] === '主持' || verb[0] === '会见' || verb[0] === '会谈') continue;
    const subject = subjectBefore(simplified, verb.index);
    if (subject) add(subject, null);
  }
  if (/首次/u.test(simplified) && bodies.length === 1 && bodies[0]!.session === null) bodies[0]!.session = 1;

  const firstVerb = verbs[0]!.index;
  const dates = [...readDates(simplified, published)];
  const date = dates.filter((d) => d.start < firstVerb).at(-1) ?? dates[0] ?? null;
  return {
    sentence,
    inTitle: false,
    bodies,
    title,
    date: date?.date ?? null,
    explicitDate: date !== null,
    time_of_day: date?.time_of_day ?? null,
  };
}

function evidenceOf(sentence: Sentence, original: string): Evidence {
  return { sentence: original.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

/**
 * The meetings an article reports: sentences that report a gathering (a kind of meeting and a verb such as 召开,
 * 举行, 主持, not planned or cited), merged into one meeting unless they give different dates; then every role
 * verb's participant list in the article, attached to the meeting reported last before it.
 */
export function extractMeetings(
  lex: ExtractLexicon,
  names: NameBook,
  resolve: BodyResolver,
  sentences: Sentence[],
  simplified: string,
  original: string,
  published: string | null,
  titleEnd: number,
): { meetings: Meeting[]; people: PersonMention[] } {
  const p = patterns(lex);
  const pubDay = publicationDay(published);
  const meetings: (Meeting & { explicitDate: boolean; from: number; titleBodies: MeetingBody[] })[] = [];
  for (const sentence of sentences) {
    const event = readEvent(lex, resolve, sentence, simplified.slice(sentence.start, sentence.end), published);
    if (!event) continue;
    if (event.date && pubDay && event.date > pubDay) continue;
    if (sentence.start < titleEnd) {
      event.inTitle = true;
      const titleBodies = event.bodies;
      event.bodies = [];
      const last = meetings.at(-1);
      if (last) last.titleBodies.push(...titleBodies);
      else (event as EventReading & { titleBodies?: MeetingBody[] }).titleBodies = titleBodies;
    }
    const last = meetings.at(-1);
    if (!last || (event.explicitDate && last.explicitDate && event.date !== last.date)) {
      meetings.push({
        id: `m${meetings.length + 1}`,
        ...(event.title ? { title: event.title } : {}),
        date: event.date,
        time_of_day: event.time_of_day,
        bodies: event.bodies,
        complete: true,
        participants: [],
        evidence: [evidenceOf(sentence, original)],
        explicitDate: event.explicitDate,
        from: sentence.start,
        titleBodies: (event as EventReading & { titleBodies?: MeetingBody[] }).titleBodies ?? [],
      });
      continue;
    }
    last.evidence!.push(evidenceOf(sentence, original));
    if (!last.title && event.title) last.title = event.title;
    if (event.explicitDate && !last.explicitDate) {
      last.date = event.date;
      last.time_of_day = event.time_of_day;
      last.explicitDate = true;
    } else if (event.explicitDate && last.time_of_day === null) {
      last.time_of_day = event.time_of_day;
    }
    for (const body of event.bodies) {
      const existing = last.bodies.find((b) => b.name === body.name);
      if (existing) existing.session ??= body.session;
      else last.bodies.push(body);
    }
  }
  const people: PersonMention[] = [];
  if (meetings.length === 0) return { meetings: [], people };

  for (const sentence of sentences) {
    const text = simplified.slice(sentence.start, sentence.end);
    const meeting = meetings.filter((m) => m.from <= sentence.start).at(-1) ?? meetings[0]!;
    let segmentStart = 0;
    for (const m of text.matchAll(p.roleVerb)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const role = p.roleOf[group] ?? 'attendee';
      if (p.notAfter.test(text.slice(m.index + m[0].length))) continue;
      const segment = text.slice(segmentStart, m.index);
      const list = parseParticipantList(lex, names, segment, sentence.start + segmentStart);
      const next = text.slice(m.index + m[0].length).search(/[，,；]/u);
      segmentStart = next < 0 ? text.length : m.index + m[0].length + next + 1;
      const partialHere = /等[^，。；、]{0,12}$/u.test(segment);
      if (list.people.length === 0 && !partialHere) continue;
      if (!list.complete || partialHere) meeting.complete = false;
      for (const person of list.people) {
        const name = original.slice(person.start, person.end);
        people.push({ name, start: person.start, end: person.end, titled: person.titled });
        if (person.titled) names.learn(simplified.slice(person.start, person.end));
        const titles = person.titles.map((t) => {
          const at = simplified.indexOf(t, sentence.start);
          return at >= 0 && at < sentence.end ? original.slice(at, at + t.length) : t;
        });
        addParticipant(meeting.participants, { name, role, titles, evidence: evidenceOf(sentence, original) });
      }
    }
  }
  const reported: Meeting[] = [];
  for (const { explicitDate, from, titleBodies, ...meeting } of meetings) {
    if (meeting.bodies.length === 0) meeting.bodies = titleBodies;
    if (meeting.participants.length === 0 && meeting.bodies.length === 0) continue;
    if (!explicitDate) meeting.date = pubDay;
    reported.push({ ...meeting, id: `m${reported.length + 1}` });
  }
  return { meetings: reported, people };
}

/** A person named twice keeps the stronger role and every title given (GUIDE). */
function addParticipant(participants: Participant[], participant: Participant): void {
  const existing = participants.find((p) => p.name === participant.name);
  if (!existing) {
    participants.push(participant);
    return;
  }
  if (RANK[participant.role] > RANK[existing.role]) existing.role = participant.role;
  for (const t of participant.titles) if (!existing.titles.includes(t)) existing.titles.push(t);
}
