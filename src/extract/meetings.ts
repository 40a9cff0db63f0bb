import type { Evidence, Meeting, MeetingBody, Participant, ParticipantRole, TimeOfDay } from '../types.js';
import { publicationDay, readDate, readDates } from './dates.js';
import { escapeRegExp, wordsSource, type Counterpart, type ExtractLexicon } from './lexicon.js';
import type { NameBook } from './names.js';
import { speakersIn } from './people.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals.js';
import { parseParticipantList, type ListedPerson } from './participants.js';
import type { Sentence } from './sentences.js';
import { compiledFromLexicon } from '../lexicon/active.js';
import { allMatches } from '../text/regexp.js';

/** Canonical body name for a surface form found in a meeting sentence, or null when it names no body. */
/** Canonical body of a surface; `before` is the sentence's text before it, where a generic surface (领导小组) may be named in full. */
export type BodyResolver = (surface: string, before?: string) => string | null;

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
  /** The last day, when the sentence dates the meeting by a range of days (7月1日至3日). */
  through: string | null;
  explicitDate: boolean;
  time_of_day: TimeOfDay | null;
}

interface Patterns {
  kind: string;
  kindAnywhere: RegExp;
  kindAtStart: RegExp;
  session: RegExp;
  /** A phrase ending in an officer word before a session marker (主席团常务主席 | 第一次会议): the officers' meeting. */
  officerBeforeOrdinal: RegExp;
  object: RegExp;
  eventVerb: RegExp;
  speechAt: RegExp;
  /** Event verbs whose subject is the body that meets (中共中央政治局召开会议), not a person (蔡奇主持, 习近平出席). */
  subjectVerbs: Set<string>;
  roleVerb: RegExp;
  roleOf: ParticipantRole[];
  counterpartOf: (Counterpart | undefined)[];
  denied: RegExp;
  /** A request or wish earlier in the clause (要求…出席): the role verb is not reported. */
  requested: RegExp;
  /** Another time earlier in the clause (当时…主持): the role verb is not of this meeting. */
  elsewhen: RegExp;
  /** An event that is no meeting as the role verb's object (出席…典礼): the role verb is not of this meeting. */
  otherEvent: RegExp;
  notBefore: RegExp;
  /** A meeting named right before its verb, with only its date or venue between (…工作会议11日在北京召开). */
  namedSubject: RegExp;
  notAfter: RegExp;
  /** What someone says, from the comma after the verb of saying on (李克强表示，…). */
  said: RegExp;
  /** Words that put a gathering in the past of what is said (去年召开的, 前不久). */
  recalled: RegExp;
  /** A sentence about what came after the meeting, which ends the account of its proceedings. */
  proceedingsEnd: RegExp;
}

const NUMERAL = `[0-9０-９${CHINESE_NUMERAL_CHARS}]+`;
const GENERIC_KIND = '会议';
/** Whole names of a congress's sessions (data/bodies.yaml `sessions` of kind session: 第十三届全国人民代表大会第五次会议). */
const congressSessions = compiledFromLexicon((lexicon) =>
  lexicon.sessions.filter((entry) => entry.kind === 'session').map((entry) => new RegExp(`^(?:${entry.pattern})$`, 'u')),
);
const PHRASE_BOUNDARY = /[，。、；：:\s“”"（）()《》【】\[\]暨]|(?:召开|举行|主持|出席|参加|列席)[了的]?|(?<=会议)[和与及]|又|在/gu;
const DATE_PREFIX = /^(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}[日号](?:上午|下午|晚上)?/u;
/** A text this short is a brief (a flash): an undated meeting it announces took place on the publication day. */
const BRIEF_LENGTH = 500;
/** 主持 as a noun (建制派会议主持石礼谦, 担任主持): what stands right before it. */
const HOST_NOUN = /(?:会议|会|派|的|任)$/u;
/** 在…主持下, 在…亲自主持和引领下. */
const UNDER = /^(?:[和与及][\u4e00-\u9fff]{2})?下/u;
const RANK: Record<ParticipantRole, number> = { chair: 3, attendee: 2, observer: 1 };

const cache = new WeakMap<ExtractLexicon, Patterns>();

function patterns(lex: ExtractLexicon): Patterns {
  let p = cache.get(lex);
  if (p) return p;
  const kind = wordsSource(lex.kinds);
  p = {
    kind,
    kindAnywhere: new RegExp(kind, 'gu'),
    kindAtStart: new RegExp(`^(?:${kind})`, 'u'),
    session: new RegExp(`第(${NUMERAL})次(?:全体|(${wordsSource(lex.data.meetings.officer_meetings)})(?=会议))?(?:${kind})`, 'gu'),
    officerBeforeOrdinal: new RegExp(`(?:${wordsSource(lex.data.meetings.officer_meetings)})$`, 'u'),
    // A short quoted word may stand inside the name (推进政府职能转变和“放管服”改革协调小组全体会议), not open it.
    object: new RegExp(
      `(?:召开|举行|主持(?!召开|举行))了?((?:[^，。；、“”](?:[^，。；、“”]|“[^“”，。；]{1,8}”){0,39}?)?(?:${kind}))`,
      'gu',
    ),
    eventVerb: new RegExp(wordsSource(lex.eventVerbs), 'gu'),
    subjectVerbs: new Set(lex.data.meetings.body_subject_verbs),
    speechAt: new RegExp(
      `在([^，。；、“”在]{0,40}?(?:${kind}))上(?:的|发表(?:了)?)?(?:重要)?(?:${lex.speechesAt.map(escapeRegExp).join('|')})`,
      'gu',
    ),
    roleVerb: new RegExp(lex.roles.map((r) => `(${r.pattern.source})`).join('|'), 'gu'),
    roleOf: lex.roles.map((r) => r.role),
    counterpartOf: lex.roles.map((r) => r.counterpart),
    denied: new RegExp(`${wordsSource(lex.data.meetings.role_negations)}$|${wordsSource(lex.data.meetings.event_negations)}[^，。；]{0,2}$`, 'u'),
    otherEvent: new RegExp(`^[^，。；：、]*?${wordsSource(lex.data.meetings.not_meeting_objects)}`, 'u'),
    elsewhen: new RegExp(`${wordsSource(lex.data.meetings.role_elsewhen)}，?[^，。；：]*$`, 'u'),
    requested: new RegExp(`(?<!应)${wordsSource(lex.data.meetings.role_requests)}(?!了)[^，。；：]{0,20}$`, 'u'),
    notBefore: new RegExp(`(?:${lex.notReportedBefore.map(escapeRegExp).join('|')})[^，。；]{0,12}$`, 'u'),
    namedSubject: new RegExp(`(?:${kind})(?:${NUMERAL}[日号](?:上午|下午|晚上)?|[在于][^，。；]{1,8})+$`, 'u'),
    notAfter: new RegExp(`^(?:${lex.notReportedAfter.map(escapeRegExp).join('|')})`, 'u'),
    said: new RegExp(`${wordsSource(lex.data.meetings.recalled_in_speech.said)}[，：:]`, 'gu'),
    recalled: new RegExp(wordsSource(lex.data.meetings.recalled_in_speech.past), 'u'),
    proceedingsEnd: new RegExp(wordsSource(lex.data.meetings.proceedings_end), 'u'),
  };
  cache.set(lex, p);
  return p;
}

/** The text between the last phrase boundary before `end` and `end`: the body named right before a session marker. */
function phraseBefore(text: string, end: number): string {
  let start = 0;
  for (const m of allMatches(PHRASE_BOUNDARY, text.slice(0, end))) start = m.index + m[0].length;
  return text.slice(start, end);
}

/** The subject of a clause ending at `verbIndex`, without its date and venue: 中共中央政治局(2月25日)召开会议. */
function subjectBefore(text: string, verbIndex: number): string {
  const clauseStart = Math.max(...[...'，。；：:\n ]】'].map((c) => text.lastIndexOf(c, verbIndex - 1))) + 1;
  // 周六内务委员会召开: a date may also stand before the subject.
  const clause = text.slice(clauseStart, verbIndex).replace(LEADING_DAY, '');
  if (/第[^，。]{1,8}次/u.test(clause)) return '';
  const cut = clause.search(/[0-9０-９]|[一二三四五六七八九十]+[日号]|今天|昨天|今日|昨日|当天|近日|日前|(?:周|星期|礼拜)[一二三四五六日天]|在|于|正式|首次|又|也|还|刚刚/u);
  return cut >= 0 ? clause.slice(0, cut) : clause;
}

/**
 * 出席立法會會議, 出席灣仔區議會會議: a body's own 会议 as the object of attending, named plainly (no clause with 的 before
 * it, unlike 出席由律政司举办的论坛).
 */
const ATTENDED_MEETING = /(?:出席|参加|列席)了?([^，。；、“”「」的]{2,24}?)会议/gu;

/** 第二次修订《逃犯条例》法案委员会会议: an ordinal, then a body's name and its meeting word. */
const ORDINAL_BEFORE_BODY = /^第([一二三四五六七八九十百零两0-9０-９]+)次([^第次，。]{2,}?(?:委员会|小组|理事会|议会))(?:会议|全体会议)$/u;

/** 在主席台就座的还有：, 出席会议的还有, 出席的官員還有, 參加會議的專家還有: the verb's list comes after it. */
const LIST_AFTER_VERB = /^(?:会议|会见|会谈|大会|座谈会)?的(?:官员|嘉宾|领导人?|人士|成员|代表|人员|专家|学者|企业家|委员)?(?:还)?有[：:]?/u;

const LEADING_DAY = /^(?:今天|昨天|今日|昨日|当天|(?:上|下|本)?(?:周|星期|礼拜)[一二三四五六日天])(?:上午|下午|晚上)?/u;

/** What may follow a session marker of a meeting that took place: its verb, its date or venue, or nothing (。，). */
const AFTER_SESSION_MET = /^(?:召开|举行|开幕|闭幕|暨|在|于|并|上|今|昨|当|前|本|[一二三四五六七八九十]+[日号])/u;
/** A session marker joined to the next one (…第十五次会议和…第六次会议), which then decides for both. */
const JOINED_SESSION = /^[和与及、][^，。；]*?$/u;

/**
 * The session markers (第N次会议) of meetings the sentence says took place: followed by their verb, date or venue,
 * or joined by 和/与/及/、 to a marker that is.
 */
function sessionsMet(simplified: string, session: RegExp): RegExpExecArray[] {
  const markers = allMatches(session, simplified);
  const met: boolean[] = [];
  for (let i = markers.length - 1; i >= 0; i--) {
    const end = markers[i]!.index + markers[i]![0].length;
    const after = simplified.slice(end);
    const next = markers[i + 1];
    met[i] =
      !/^[\u4e00-\u9fff]/u.test(after) ||
      AFTER_SESSION_MET.test(after) ||
      (next !== undefined && met[i + 1] === true && JOINED_SESSION.test(simplified.slice(end, next.index)));
  }
  return markers.filter((_marker, i) => met[i]);
}

/** Whether the text after a verb makes its object an event that is no meeting (出席…典禮, 會見傳媒). */
function namesOtherEvent(p: Patterns, after: string): boolean {
  return p.otherEvent.test(after) && allMatches(p.kindAnywhere, after.split(/[，。；：、]/u, 1)[0]!).length === 0;
}

function isReported(p: Patterns, text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 14), index);
  return (
    !recalledInSpeech(p, text, index, length) &&
    !citedOrPlanned(p, before) &&
    !p.denied.test(before) &&
    !p.notAfter.test(text.slice(index + length)) &&
    !continuesPlannedClause(p, text, index)
  );
}

/**
 * 李克强表示，前不久召开的中国共产党第二十次全国代表大会表明…, 习近平在讲话中指出，去年9月举行的中非合作论坛北京峰会…:
 * a past gathering that someone names in what they say is cited, not reported (not 梁認為，上周五下午李慧琼…主持會議;
 * data/meetings.yaml `recalled_in_speech`).
 */
function recalledInSpeech(p: Patterns, text: string, index: number, length: number): boolean {
  if (text[index + length] !== '的') return false;
  let said = -1;
  for (const m of allMatches(p.said, text.slice(0, index))) said = m.index + m[0].length;
  return said >= 0 && p.recalled.test(text.slice(said, index));
}

/** A clause that opens with 同, 并, 与… goes on with the subject and the tense of the clause before it. */
const CONTINUING_CLAUSE = /^(?:同|并|与|和|还|再)/u;

/** 李克强总理将会见西哈莫尼国王，同洪森首相…举行会谈: the clause before, which this one continues, is planned. */
function continuesPlannedClause(p: Patterns, text: string, index: number): boolean {
  const clauseStart = text.lastIndexOf('，', index - 1);
  if (clauseStart < 0 || !CONTINUING_CLAUSE.test(text.slice(clauseStart + 1, index))) return false;
  const previous = text.slice(text.lastIndexOf('，', clauseStart - 1) + 1, clauseStart);
  return citedOrPlanned(p, previous);
}

/**
 * 将于…召开, 根据…会议: a word before the verb that makes the meeting planned or cited; not when the word is part
 * of the name of the meeting that is the verb's subject (企业职工…中央调剂制度贯彻实施工作会议11日在北京召开).
 */
function citedOrPlanned(p: Patterns, before: string): boolean {
  const word = p.notBefore.exec(before);
  if (!word) return false;
  const subject = p.namedSubject.exec(before);
  return !subject || subject.index < word.index;
}

function readEvent(
  lex: ExtractLexicon,
  resolve: BodyResolver,
  sentence: Sentence,
  simplified: string,
  published: string | null,
): EventReading | null {
  const p = patterns(lex);
  const kinds = allMatches(p.kindAnywhere, simplified).filter(
    (m) => !p.notAfter.test(simplified.slice(m.index + m[0].length)),
  );
  if (kinds.length === 0) return null;
  const verbs = allMatches(p.eventVerb, simplified).filter(
    (m) =>
      simplified[m.index + m[0].length] !== '人' &&
      isReported(p, simplified, m.index, m[0].length) &&
      !namesOtherEvent(p, simplified.slice(m.index + m[0].length)),
  );
  // 习近平在2月3日中央政治局常委会议上的讲话: a dated speech at a meeting reports the meeting (not 讲话精神).
  const speeches =
    verbs.length === 0 && simplified.includes('在')
      ? allMatches(p.speechAt, simplified).filter((m) => isReported(p, simplified, m.index, m[0].length))
      : [];
  const datedSpeech = speeches.length > 0 && readDate(simplified, published) !== null;
  if (datedSpeech) verbs.push(speeches[0]!);
  if (verbs.length === 0) return null;

  const bodies: MeetingBody[] = [];
  let title: string | null = null;
  const addName = (name: string, session: number | null) => {
    const existing = bodies.find((b) => b.name === name);
    if (existing) existing.session ??= session;
    else bodies.push({ name, session });
  };
  const add = (surface: string, session: number | null, before = '') => {
    // 中共中央、国务院隆重举行…大会: bodies joined by 、 meet together, each of them a body of the meeting.
    const parts = surface.includes('、') ? surface.split('、').map((part) => resolve(part, before)) : [];
    if (parts.length > 0 && parts.every((name) => name !== null)) {
      for (const name of parts) addName(name!, session);
      return;
    }
    const name = surface ? resolve(surface, before) : null;
    if (name) addName(name, session);
  };
  const addSubject = (verbIndex: number, session: number | null, officers = '') => {
    const subject = subjectBefore(simplified, verbIndex);
    if (!subject) return;
    const before = simplified.slice(0, simplified.lastIndexOf(subject, verbIndex - 1));
    add(officers ? `${subject}${officers}会议` : subject, session, before);
  };
  /** Verbs whose subject a session marker has named already (十二届全国人大常委会…举行第六十六次委员长会议). */
  const subjectsRead = new Set<number>();
  for (const m of sessionsMet(simplified, p.session)) {
    const written = phraseBefore(simplified, m.index);
    const session = parseChineseNumeral(m[1]!);
    title ??= written + m[0];
    const before = simplified.slice(0, m.index - written.length);
    // 第六十七次委员长会议, 主席团常务主席第一次会议: the body is the series of the officers' meetings.
    const officers = m[2] ?? (p.officerBeforeOrdinal.test(written) ? '' : null);
    const surface = officers === null || !written ? written : `${written}${officers}会议`;
    // 第十三届全国人民代表大会第五次会议…闭幕: the marker ends the name of a congress's session, the body that meets.
    if (surface && congressSessions().some((pattern) => pattern.test(surface + m[0]))) add(surface + m[0], null, before);
    else if (surface) add(surface, session, before);
    else {
      const verb = verbs.filter((v) => v.index < m.index).at(-1);
      if (verb) {
        addSubject(verb.index, session, officers ?? '');
        subjectsRead.add(verb.index);
      }
    }
  }
  for (const m of datedSpeech ? speeches : []) add(m[1]!.replace(DATE_PREFIX, ''), null);
  for (const m of allMatches(p.object, simplified)) {
    // 在北京举行的中非合作论坛: the verb of a relative clause before the gathering it names.
    const phrase = m[1]!.replace(/^(?:了|一个|一次|的)/u, '');
    // 立法會今日召開第二次修訂《逃犯條例》法案委員會會議: the ordinal before the body's name is its session, and the
    // body is the one that meets, not the subject that convenes it.
    const ordinalFirst = ORDINAL_BEFORE_BODY.exec(phrase);
    if (ordinalFirst) {
      add(ordinalFirst[2]!, parseChineseNumeral(ordinalFirst[1]!), simplified.slice(0, m.index));
      subjectsRead.add(m.index);
    }
    if (/第.+次/u.test(phrase)) continue;
    title ??= phrase;
    add(phrase, null, simplified.slice(0, m.index));
  }
  for (const m of allMatches(ATTENDED_MEETING, simplified)) {
    if (!/第.+次/u.test(m[1]!)) add(m[1]!, null, simplified.slice(0, m.index));
  }
  for (const verb of verbs) {
    if (!p.subjectVerbs.has(verb[0]) || subjectsRead.has(verb.index)) continue;
    addSubject(verb.index, null);
  }
  // 立法會今早首次召開…會議: the body's first meeting; not 今日首次主持內會會議, a chair's first time.
  if (/首次(?!主持|出席|参加|列席)/u.test(simplified) && bodies.length === 1 && bodies[0]!.session === null) bodies[0]!.session = 1;

  const firstVerb = verbs[0]!.index;
  const dates = [...readDates(simplified, published)];
  const date = dates.filter((d) => d.start < firstVerb).at(-1) ?? dates[0] ?? null;
  return {
    sentence,
    inTitle: false,
    bodies,
    title,
    date: date?.date ?? null,
    through: date?.through ?? null,
    explicitDate: date !== null,
    time_of_day: date?.time_of_day ?? null,
  };
}

function evidenceOf(sentence: Sentence, original: string): Evidence {
  return { sentence: original.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

/** A meeting while the article is being read: where its reports start, and what the headline said of it. */
interface DraftMeeting extends Meeting {
  explicitDate: boolean;
  /** The last day of the range of days its date opens, until a sentence gives the day itself. */
  through: string | null;
  from: number;
  titleBodies: MeetingBody[];
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
  text: MeetingText,
  bodyOfTitle: BodyResolver = () => null,
): { meetings: Meeting[]; people: PersonMention[] } {
  const drafts = readMeetings(lex, resolve, text);
  if (drafts.length === 0) return { meetings: [], people: [] };
  const people = [...readParticipants(lex, names, text, drafts), ...readSpeakers(lex, names, text, drafts)];
  return { meetings: finishMeetings(lex, drafts, text, bodyOfTitle), people };
}

/** The article as the meeting reader reads it. */
export interface MeetingText {
  sentences: Sentence[];
  /** The article text in Simplified script, which the patterns match. */
  simplified: string;
  /** The article text as written, which names and evidence are cut from (same offsets). */
  original: string;
  published: string | null;
  /** Where the headline ends: its bodies count only when the body text names none. */
  titleEnd: number;
}

// The three stages stay separate functions: the optimizing compiler then compiles each alone, and an article
// that surprises one of them recompiles only that one.

function readMeetings(
  lex: ExtractLexicon,
  resolve: BodyResolver,
  { sentences, simplified, original, published, titleEnd }: MeetingText,
): DraftMeeting[] {
  const p = patterns(lex);
  const pubDay = publicationDay(published);
  const meetings: DraftMeeting[] = [];
  const kindAt: number[] = [];
  for (const m of allMatches(p.kindAnywhere, simplified)) kindAt.push(m.index);
  let nextKind = 0;
  for (const sentence of sentences) {
    while (nextKind < kindAt.length && kindAt[nextKind]! < sentence.start) nextKind++;
    if (nextKind >= kindAt.length || kindAt[nextKind]! >= sentence.end) continue;
    const event = readEvent(lex, resolve, sentence, simplified.slice(sentence.start, sentence.end), published);
    if (!event) continue;
    if (event.date && pubDay && event.date > pubDay) continue;
    let titleBodies: MeetingBody[] = [];
    if (sentence.start < titleEnd) {
      event.inTitle = true;
      titleBodies = event.bodies;
      event.bodies = [];
      const last = meetings.at(-1);
      if (last) {
        last.titleBodies.push(...titleBodies);
        titleBodies = [];
      }
    }
    const latest = meetings.at(-1);
    // …第四次全体会议15日在京闭幕。…第四次全体会议，于2020年1月13日至15日在北京举行: one body's one session is one
    // meeting, whichever of its days a sentence gives.
    const sameSession =
      latest !== undefined &&
      event.bodies.some((body) => body.session !== null && latest.bodies.some((b) => b.name === body.name && b.session === body.session));
    // 7月1日至3日…主持召开X会议 … 2日下午…主持召开X会议: a day of the range the meeting was dated by, for the same body.
    const dayOfRange =
      latest?.through != null &&
      event.date !== null &&
      latest.date !== null &&
      event.date > latest.date &&
      event.date <= latest.through &&
      event.bodies.some((body) => latest.bodies.some((b) => b.name === body.name));
    const startsAnother =
      latest !== undefined && event.explicitDate && latest.explicitDate && event.date !== latest.date && !sameSession && !dayOfRange;
    // 4日上午举行的委员长会议首先听取了…, after a sentence on the 3日 meetings of the delegations: back to the meeting
    // reported earlier on that day.
    const last = startsAnother ? meetings.find((meeting) => meeting.explicitDate && sameDayAndTime(meeting, event)) : latest;
    if (!last) {
      meetings.push({
        id: `m${meetings.length + 1}`,
        // Present even when unknown (and then left out of JSON): every draft has the same shape.
        title: event.title ?? undefined,
        date: event.date,
        time_of_day: event.time_of_day,
        bodies: event.bodies,
        complete: true,
        participants: [],
        evidence: [evidenceOf(sentence, original)],
        explicitDate: event.explicitDate,
        through: event.through,
        from: sentence.start,
        titleBodies,
      });
      continue;
    }
    last.evidence!.push(evidenceOf(sentence, original));
    if (dayOfRange) {
      last.date = event.date;
      last.time_of_day = event.time_of_day;
      last.through = null;
    }
    if (!last.title && event.title) last.title = event.title;
    if (event.explicitDate && !last.explicitDate) {
      last.date = event.date;
      last.through = event.through;
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
  return meetings;
}

/** The meeting whose report comes last up to `position` (a sentence may go back to a meeting reported before). */
function lastReportedBy(meetings: DraftMeeting[], position: number): DraftMeeting | undefined {
  let found: DraftMeeting | undefined;
  let foundAt = -1;
  for (const meeting of meetings) {
    for (const evidence of meeting.evidence!) {
      if (evidence.start <= position && evidence.start > foundAt) {
        found = meeting;
        foundAt = evidence.start;
      }
    }
  }
  return found;
}

/** The same day and the same part of it, both given (4日上午): one meeting, when the text comes back to it. */
function sameDayAndTime(meeting: DraftMeeting, event: EventReading): boolean {
  return meeting.date === event.date && meeting.time_of_day !== null && meeting.time_of_day === event.time_of_day;
}

/** Every role verb's participant list, attached to the meeting reported last up to it; returns the people listed. */
function readParticipants(
  lex: ExtractLexicon,
  names: NameBook,
  { sentences, simplified, original }: MeetingText,
  meetings: DraftMeeting[],
): PersonMention[] {
  const p = patterns(lex);
  const people: PersonMention[] = [];
  for (const sentence of sentences) {
    const text = simplified.slice(sentence.start, sentence.end);
    const reported = meetings.filter((m) => m.from <= sentence.start);
    const latest = lastReportedBy(meetings, sentence.start) ?? meetings[0]!;
    let segmentStart = 0;
    let previous: ListedPerson[] = [];
    let previousEnd = -1;
    for (const m of allMatches(p.roleVerb, text)) {
      // 王毅参加会见: a role verb right after another is its object, not a second list.
      const objectOfPrevious = m.index === previousEnd;
      previousEnd = m.index + m[0].length;
      if (objectOfPrevious) continue;
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const role = p.roleOf[group] ?? 'attendee';
      const after = text.slice(m.index + m[0].length);
      if (p.notAfter.test(after) || p.denied.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (p.requested.test(text.slice(segmentStart, m.index)) || p.elsewhen.test(text.slice(segmentStart, m.index))) continue;
      if (namesOtherEvent(p, after)) continue;
      const meeting = meetingNamed(p, simplified, reported, after, sentence.start) ?? latest;
      const under = UNDER.test(after);
      const host = m[0] === '主持' && !under && HOST_NOUN.test(text.slice(0, m.index)) ? hostNamed(names, after) : null;
      // …由何俊賢、鄭泳舜等人圍成人鏈…高呼：「非法主持: inside a quotation, the list starts within it.
      let listStart = Math.max(segmentStart, quotationStart(text, m.index));
      let segment = text.slice(listStart, m.index);
      if (host) {
        listStart = m.index + m[0].length;
        segment = host;
      } else if (under) {
        // 在习近平主席的亲自主持下: the list sits between 在 and the verb.
        const at = segment.lastIndexOf('在');
        if (at >= 0) {
          listStart += at + 1;
          segment = segment.slice(at + 1).replace(/的(?=[^的]*$)/u, '，');
        }
      }
      // 习近平总书记在…动员大会的重要讲话，深刻阐述了…: a speech cited by name, given at a meeting this sentence
      // does not report.
      const cited = /的(?:重要)?$/u.test(segment) && !meeting.evidence!.some((e) => e.start === sentence.start);
      if (cited) continue;
      const counterpart = p.counterpartOf[group];
      // 在主席台就座的还有：丁薛祥、刘鹤…等: the list follows the verb, to the end of the sentence.
      const following = LIST_AFTER_VERB.exec(after);
      // 张德江与俄罗斯国家杜马主席纳雷什金举行会谈: the other side is joined by 与/同/和 before the verb.
      const joined = counterpart === 'joined' && !following ? lastJoin(segment) : -1;
      const lists = following
        ? [parseParticipantList(lex, names, after.slice(following[0].length).replace(/[。！？!?；;]+$/u, ''), sentence.start + m.index + m[0].length + following[0].length)]
        : [parseParticipantList(lex, names, joined >= 0 ? segment.slice(0, joined) : segment, sentence.start + listStart)];
      if (joined >= 0) lists.push(parseParticipantList(lex, names, segment.slice(joined + 1), sentence.start + listStart + joined + 1));
      const next = after.search(/[，,；]/u);
      if (counterpart === 'object' && !following) {
        // 习近平会见美国总统特朗普: the other side is the verb's object.
        const objectEnd = after.search(/[，,；。！？]|时|并|后/u);
        const object = objectEnd < 0 ? after : after.slice(0, objectEnd);
        // 会见来华出席…会议的日本首相安倍晋三: the visitor is named after the clause that describes the visit.
        const described = object.lastIndexOf('的') + 1;
        lists.push(parseParticipantList(lex, names, object.slice(described), sentence.start + m.index + m[0].length + described));
      }
      segmentStart = m.index + m[0].length + (next < 0 ? 0 : next + 1);
      const partialHere = /等(?![到候待着了])[^，。；、]{0,12}$/u.test(segment);
      let listed = lists.flatMap((list) => list.people);
      // …举行会谈，共同主持中俄议会合作委员会第二次会议: a clause without subject continues the previous one.
      if (listed.length === 0 && /^[\u4e00-\u9fff]{0,4}$/u.test(segment) && !partialHere) listed = previous;
      previous = listed;
      if (listed.length === 0 && !partialHere) continue;
      if (lists.some((list) => !list.complete) || partialHere) meeting.complete = false;
      for (const person of listed) {
        const name = original.slice(person.start, person.end);
        people.push({ name, start: person.start, end: person.end, titled: person.titled });
        if (person.titled) names.learn(simplified.slice(person.start, person.end));
        const titles = titlesAsWritten(person.titles, sentence, simplified, original);
        addParticipant(meeting.participants, { name, role, titles, evidence: evidenceOf(sentence, original) });
      }
    }
  }
  return people;
}

/**
 * 王毅参加会见: the meeting of the kind a role verb names right after it, the latest one reported whose other
 * sentences (not the verb's own, `at`) name that kind; null when the verb names no kind or no such meeting was reported.
 */
function meetingNamed(p: Patterns, simplified: string, reported: DraftMeeting[], after: string, at: number): DraftMeeting | null {
  const kind = p.kindAtStart.exec(after)?.[0];
  // 会议 names every kind of meeting: it tells none apart.
  if (kind === undefined || kind === GENERIC_KIND) return null;
  const names = (m: DraftMeeting) => m.evidence!.some((e) => e.start !== at && simplified.slice(e.start, e.end).includes(kind));
  return reported.findLast(names) ?? null;
}

/**
 * The date the lead sentence (the first of the body text) gives, which covers the report that follows
 * (7月25日，…韩正在北京冬奥组委调研 … 韩正主持召开…全体会议); null when it gives none, or a vague one.
 */
function leadDate(
  lex: ExtractLexicon,
  { sentences, simplified, published, titleEnd }: MeetingText,
  pubDay: string | null,
): Pick<Meeting, 'date' | 'time_of_day'> | null {
  const lead = sentences.find((sentence) => sentence.start >= titleEnd);
  if (!lead) return null;
  const text = simplified.slice(lead.start, lead.end);
  // 当地时间10日晚，李强抵达利雅得，将主持召开…: the lead dates a journey to a meeting still to come.
  const p = patterns(lex);
  if (allMatches(p.eventVerb, text).some((verb) => !isReported(p, text, verb.index, verb[0].length))) return null;
  for (const reading of readDates(text, published)) {
    const past = reading.date !== null && (pubDay === null || reading.date <= pubDay);
    return past ? { date: reading.date, time_of_day: reading.time_of_day } : null;
  }
  return null;
}

/** Whether the headline reports the meeting: then it is the article's story, which the lead dates. */
function reportedInHeadline(meeting: Meeting, titleEnd: number): boolean {
  return meeting.evidence!.some((evidence) => evidence.start < titleEnd);
}

/**
 * Headline bodies for meetings the text names none for, short forms dropped; a meeting its own sentences do not
 * date takes the lead's date when the headline reports it, or the publication day in a brief report.
 */
function finishMeetings(lex: ExtractLexicon, drafts: DraftMeeting[], text: MeetingText, bodyOfTitle: BodyResolver): Meeting[] {
  const { original, published, titleEnd } = text;
  const pubDay = publicationDay(published);
  const needsLead = drafts.some((draft) => !draft.explicitDate && reportedInHeadline(draft, titleEnd));
  const lead = needsLead ? leadDate(lex, text, pubDay) : null;
  const reported: Meeting[] = [];
  for (const { explicitDate, through, from, titleBodies, ...meeting } of drafts) {
    if (meeting.bodies.length === 0) meeting.bodies = titleBodies.map((body) => narrowedByChair(body, meeting, bodyOfTitle));
    // 主席团 beside 十三届全国人大五次会议主席团: the short form of a body already named.
    meeting.bodies = meeting.bodies.filter(
      (body) => !meeting.bodies.some((other) => other !== body && other.name.endsWith(body.name)),
    );
    if (meeting.participants.length === 0 && meeting.bodies.length === 0) continue;
    if (!explicitDate && lead && reportedInHeadline(meeting, titleEnd)) Object.assign(meeting, lead);
    else if (!explicitDate) meeting.date = original.length <= BRIEF_LENGTH ? pubDay : null;
    reported.push({ ...meeting, id: `m${reported.length + 1}` });
  }
  return reported;
}

/** Where the quotation `index` lies in starts (just after its opening 「 or “), or 0 outside quotations. */
function quotationStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const corner = before.lastIndexOf('「');
  const curly = before.lastIndexOf('“');
  const open = Math.max(corner > before.lastIndexOf('」') ? corner : -1, curly > before.lastIndexOf('”') ? curly : -1);
  return open + 1;
}

/** Where the last 与/同/和 of a clause stands, the one before the other side of a talk; -1 if none. */
function lastJoin(segment: string): number {
  const m = /[与同和](?=[^与同和，、]*$)/u.exec(segment);
  return m ? m.index : -1;
}

/**
 * 发改委召开…座谈会 (headline) with 国家发展改革委环资司副司长赵鹏高主持 (text): the headline's body narrowed to the
 * part of it the chair's title names.
 */
function narrowedByChair(body: MeetingBody, meeting: Meeting, bodyOfTitle: BodyResolver): MeetingBody {
  for (const chair of meeting.participants.filter((p) => p.role === 'chair')) {
    const narrower = chair.titles.map((t) => bodyOfTitle(t)).find((name) => name && name !== body.name && name.startsWith(body.name));
    if (narrower) return { ...body, name: narrower };
  }
  return body;
}

/** 建制派会议主持石礼谦未有现身: 主持 used as a noun before its holder's name; returns that name. */
function hostNamed(names: NameBook, after: string): string | null {
  for (const length of [3, 2]) {
    const candidate = after.slice(0, length);
    if (names.has(candidate) || (length === 3 && names.isName(candidate, 'bare'))) return candidate;
  }
  return null;
}

/** How early an article must report its one meeting for its account to be the account of that meeting. */
const LEAD_SENTENCES = 3;

/**
 * 議會陣線毛孟靜提出…, 民建聯李慧琼質疑…: when an article reports one meeting from its start, whoever speaks in the
 * account of its proceedings speaks at it, and attends; the account ends at a sentence about what came after the
 * meeting (會議結束後, 見記者: data/meetings.yaml `proceedings_end`).
 */
function readSpeakers(lex: ExtractLexicon, names: NameBook, text: MeetingText, meetings: DraftMeeting[]): PersonMention[] {
  const meeting = meetings[0]!;
  // A gathering that names neither body nor participant reports no meeting; its speakers do not make it one.
  if (meetings.length !== 1 || (meeting.participants.length === 0 && meeting.bodies.length === 0 && meeting.titleBodies.length === 0)) return [];
  const { sentences, simplified, original, titleEnd } = text;
  // The account starts where the body reports the meeting; the headline may name it above other news (习近平…作出重要指示强调).
  const bodyStart = sentences.findIndex((sentence) => sentence.start >= titleEnd);
  const first = sentences.findIndex(
    (sentence) => sentence.start >= titleEnd && meeting.evidence!.some((evidence) => evidence.start === sentence.start),
  );
  if (first < 0 || first - bodyStart >= LEAD_SENTENCES) return [];
  const over = patterns(lex).proceedingsEnd;
  const people: PersonMention[] = [];
  for (const sentence of sentences.slice(first)) {
    const said = simplified.slice(sentence.start, sentence.end);
    if (over.test(said)) break;
    for (const speaker of speakersIn(lex, names, said)) {
      if (sendsWord(simplified, speaker.name)) continue;
      const start = sentence.start + speaker.start;
      const name = original.slice(start, start + speaker.name.length);
      people.push({ name, start, end: start + speaker.name.length, titled: false });
      // 中共中央政治局常委、国务院总理李强在会上强调: the titles written before the speaker's name.
      const written = said.slice(0, speaker.end).split(CLAUSE_BREAK).at(-1)!;
      const clause = written.slice(lex.clauseOpeners.find((opener) => written.startsWith(opener))?.length ?? 0);
      const listed = parseParticipantList(lex, names, clause).people.find((person) => person.name === speaker.name);
      const titles = titlesAsWritten(listed?.titles ?? [], sentence, simplified, original);
      addParticipant(meeting.participants, { name, role: 'attendee', titles, evidence: evidenceOf(sentence, original) });
    }
  }
  return people;
}

/** Where a clause ends, for the titles written before a speaker's name. */
const CLAUSE_BREAK = /[，。；：:！？]/u;

/** Titles read on the Simplified view, as the sentence writes them (Traditional script stays Traditional). */
function titlesAsWritten(titles: string[], sentence: Sentence, simplified: string, original: string): string[] {
  const written: string[] = [];
  for (const title of titles) {
    const at = simplified.indexOf(title, sentence.start);
    written.push(at >= 0 && at < sentence.end ? original.slice(at, at + title.length) : title);
  }
  return written;
}

/**
 * 习近平日前就建设平安中国作出重要指示。…习近平强调: someone who sent the meeting instructions or a letter is quoted from
 * them, not heard at it.
 */
function sendsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (SENT_WORD.test(text.slice(at + name.length, at + name.length + 40).split('。')[0]!)) return true;
  }
  return false;
}

const SENT_WORD = /指示|批示|贺信|贺电|致信|回信/u;

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
