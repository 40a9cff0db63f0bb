import { activeLexicon, compiledFromLexicon } from './active.js';
import { divisionOfLevelWord, type ArticleContext } from './context.js';
import { getGazetteer, type PlaceInfo } from './gazetteer.js';
import type { BodyKind, Lexicon } from './lexicon.js';
import { matchPlaces, type PlaceMatch } from './place-matcher.js';
import { Trie, type TrieMatch } from './trie.js';
import { allMatches } from '../text/regexp.js';

/**
 * Finding bodies in text (Simplified script). Four sources of candidate spans, longest wins:
 * session patterns (十三届全国人大五次会议), the alias table, templates over places and level words
 * (中共北京市委, 市委 → 北京市委), and head nouns for bodies in no table (…领导小组, …委员会).
 */

export interface ResolvedBody {
  name: string;
  kind: BodyKind;
  aka: string[];
}

export interface BodySpan {
  start: number;
  end: number;
  surface: string;
  body: ResolvedBody;
  /**
   * How it was found: `template` and `session` names are built from the context or a pattern,
   * `table` ones come from the alias table, `head` ones only from a head noun (a short form, maybe,
   * of another body in the article).
   */
  source: 'session' | 'table' | 'template' | 'head' | 'blocked';
  /** The body's name stands whatever forms the article writes (a congress session named in full). */
  fixedName?: boolean;
  /**
   * For an organ of a session (…第一次会议主席团): the session's own span, and whether the organ is
   * named after the session as the article names it.
   */
  organOf?: { session: BodySpan; organ: string; followsSession: boolean };
}

/** Words that look like bodies but are not (民主党派): they take their span and name nothing. */
const NOT_A_BODY: ResolvedBody = { name: '', kind: 'organization', aka: [] };

interface TemplateForm {
  prefix: string;
  suffix: string;
  template: Lexicon['templates'][number];
}

interface CompiledBodies {
  aliases: Trie<ResolvedBody>;
  sessions: { regex: RegExp; entry: Lexicon['sessions'][number] }[];
  forms: TemplateForm[];
  heads: Trie<string>;
  leftStops: Trie<string>;
  notBodies: Set<string>;
  levelWords: Set<string>;
  blockers: Set<string>;
  synonyms: [string, string][];
  organs: string[];
  normalizedKeys: Map<string, string>;
  nameStarts: Trie<string>;
  sessionOrganPrefixes: string[];
  notBodyPatterns: RegExp[];
  nameJoiners: Set<string>;
  taskVerbs: Set<string>;
  determiners: Set<string>;
  canonicalTerms: [string, string][];
  /** Words standing for a body of the jurisdiction, by jurisdiction path, with that body; filled on first use. */
  jurisdictionAliases: Map<string, [string, ResolvedBody][]>;
}

const ORDINAL_TERM = /第?[一二三四五六七八九十]+届$/;
const NAME_CHAR = /[\p{Script=Han}0-9A-Za-z《》〈〉]/u;

const compiled = compiledFromLexicon((lexicon): CompiledBodies => {
  const aliases = new Trie<ResolvedBody>();
  for (const entry of lexicon.bodies) {
    const body: ResolvedBody = { name: entry.name, kind: entry.kind, aka: entry.aka };
    for (const surface of [entry.name, ...entry.aka]) aliases.add(surface, body);
  }
  for (const word of lexicon.notBodies) aliases.add(word, NOT_A_BODY);
  // 各级财政部门: a ministry's name before 门 is a department of any government, not the ministry.
  for (const entry of lexicon.bodies) {
    for (const surface of [entry.name, ...entry.aka]) if (surface.endsWith('部')) aliases.add(`${surface}门`, NOT_A_BODY);
  }
  const forms: TemplateForm[] = [];
  for (const template of lexicon.templates) {
    for (const form of template.forms) {
      const [prefix, suffix] = form.split('{place}') as [string, string];
      forms.push({ prefix, suffix: suffix ?? '', template });
    }
  }
  const heads = new Trie<string>();
  for (const head of lexicon.heads) heads.add(head, head);
  // Reversed, so the stop word ending at a position is a trie walk leftwards.
  const leftStops = new Trie<string>();
  for (const stop of [...lexicon.leftStops, ...lexicon.determiners]) leftStops.add([...stop].reverse().join(''), stop);
  return {
    aliases,
    sessions: lexicon.sessions.map((entry) => ({ regex: new RegExp(entry.pattern, 'g'), entry })),
    forms,
    heads,
    leftStops,
    notBodies: new Set(lexicon.notBodies),
    levelWords: new Set(lexicon.levelWords),
    blockers: new Set(lexicon.levelWordBlockers),
    synonyms: Object.entries(lexicon.synonyms),
    organs: lexicon.sessionOrgans,
    normalizedKeys: new Map(),
    nameStarts: trieOf(lexicon.nameStarts),
    sessionOrganPrefixes: lexicon.sessionOrganPrefixes,
    nameJoiners: new Set(lexicon.nameJoiners),
    taskVerbs: new Set(lexicon.taskVerbs),
    determiners: new Set(lexicon.determiners),
    notBodyPatterns: lexicon.notBodyPatterns.map((pattern) => new RegExp(pattern, 'g')),
    canonicalTerms: Object.entries(lexicon.canonicalTerms),
    jurisdictionAliases: new Map(),
  };
});

/** The words that stand for a body of this jurisdiction or of a division it lies in (政府 in 香港特别行政区大埔区). */
function jurisdictionAliasesOf(jurisdiction: string | null): [string, ResolvedBody][] {
  if (!jurisdiction) return [];
  const { jurisdictionAliases } = compiled();
  let words = jurisdictionAliases.get(jurisdiction);
  if (!words) {
    words = [];
    const table = activeLexicon().jurisdictionAliases;
    for (const division of getGazetteer().ancestry(jurisdiction)) {
      for (const [word, name] of Object.entries(table[division.path] ?? {})) words.push([word, bodyNamed(name)]);
    }
    jurisdictionAliases.set(jurisdiction, words);
  }
  return words;
}

/** The body the alias table names `name`, or a body of that name in no table. */
function bodyNamed(name: string): ResolvedBody {
  const known = compiled().aliases.longestAt(name, 0);
  return known && known.end === name.length ? known.values[0]! : { name, kind: 'organization', aka: [] };
}

/** Whether a word at `at` stands alone: at the start of a name, not the end of a longer one (美国政府). */
function standsAlone(text: string, at: number): boolean {
  return at === 0 || !NAME_CHAR.test(text[at - 1]!) || compiled().leftStops.longestBefore(text, at) !== null;
}

function trieOf(words: string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const word of words) trie.add(word, word);
  return trie;
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function templateBody(template: Lexicon['templates'][number], division: PlaceInfo): ResolvedBody {
  const values = { name: division.name, path: division.path };
  const name = fill(template.name, values);
  return {
    name,
    kind: template.kind,
    aka: [...new Set(template.aka.map((alias) => fill(alias, values)))].filter((alias) => alias !== name),
  };
}

interface Anchor {
  start: number;
  end: number;
  division: PlaceInfo;
  /** A bare level word standing for the division (市 → 北京市), not its name. */
  levelWord: boolean;
}

/** Places and bare level words that a template may follow. */
function anchorsIn(text: string, ctx: ArticleContext, places: readonly PlaceMatch[]): Anchor[] {
  const { levelWords, blockers } = compiled();
  const anchors: Anchor[] = [];
  // 1: inside a place name, 2: right after one (北京市 is a place, not 北京 + the level word 市).
  const nearPlace = new Uint8Array(text.length + 1);
  for (const match of places) {
    nearPlace.fill(1, match.start, match.end);
    nearPlace[match.end] ||= 2;
    const division = getGazetteer().byPath.get(match.path);
    if (division) anchors.push({ start: match.start, end: match.end, division, levelWord: false });
  }
  if (!ctx.jurisdiction) return anchors;
  for (const levelWord of levelWords) {
    for (let i = text.indexOf(levelWord); i >= 0; i = text.indexOf(levelWord, i + 1)) {
      if (nearPlace[i] !== 0 || (i > 0 && blockers.has(text[i - 1]!))) continue;
      const division = divisionOfLevelWord(levelWord, ctx);
      if (division) anchors.push({ start: i, end: i + 1, division, levelWord: true });
    }
  }
  return anchors;
}


/** Candidate spans from every source, before overlaps are settled. */
function candidateSpans(text: string, ctx: ArticleContext): BodySpan[] {
  const spans = sessionSpans(text);
  for (const regex of compiled().notBodyPatterns) {
    for (const match of allMatches(regex, text)) spans.push(spanOf(text, match.index, match.index + match[0].length, NOT_A_BODY, 'blocked'));
  }
  // One place scan serves the owners of table bodies, the template anchors and the starts of head-noun names.
  const places = matchPlaces(text, ctx.jurisdiction);
  const tables = tableSpans(text, ctx, places);
  spans.push(...tables, ...templateSpans(text, ctx, places), ...headSpans(text, ctx, places, tables));
  return spans;
}

function spanOf(text: string, start: number, end: number, body: ResolvedBody, source: BodySpan['source']): BodySpan {
  return { start, end, surface: text.slice(start, end), body, source: body === NOT_A_BODY ? 'blocked' : source };
}

/** A session found by a pattern, with the way its organs (主席团) are named. */
interface SessionFound {
  span: BodySpan;
  entry: Lexicon['sessions'][number];
  organBody: (organ: string) => ResolvedBody;
  followsSession: boolean;
}

/** Congress sessions by their patterns (十三届全国人大五次会议), with the organs named after them. */
function sessionSpans(text: string): BodySpan[] {
  const { sessions, organs, sessionOrganPrefixes } = compiled();
  const spans: BodySpan[] = [];
  const addOrgan = (start: number, end: number, found: SessionFound, organ: string) => {
    const organSpan = spanOf(text, start, end, found.organBody(organ), 'session');
    organSpan.organOf = { session: found.span, organ, followsSession: found.followsSession };
    if (!found.followsSession) organSpan.fixedName = true;
    spans.push(organSpan);
  };
  const sessionsFound: SessionFound[] = [];
  for (const { regex, entry } of sessions) {
    for (const match of allMatches(regex, text)) {
      const groups = match.groups ?? {};
      const name = fill(entry.name, groups);
      const aka = entry.aka.map((alias) => fill(alias, groups));
      const end = match.index + match[0].length;
      const span = spanOf(text, match.index, end, { name, kind: entry.kind, aka }, 'session');
      if (entry.fixedName) span.fixedName = true;
      spans.push(span);
      const organBody = (organ: string): ResolvedBody => {
        const values = { ...groups, sessionName: name, organ };
        return {
          name: fill(entry.organName ?? '{sessionName}{organ}', values),
          kind: entry.kind,
          aka: entry.organAka ? entry.organAka.map((alias) => fill(alias, values)) : aka.map((alias) => alias + organ),
        };
      };
      const found: SessionFound = { span, entry, organBody, followsSession: entry.organName === undefined };
      sessionsFound.push(found);
      for (const organ of organs) if (text.startsWith(organ, end)) addOrgan(match.index, end + organ.length, found, organ);
    }
  }
  // 大会主席团 in an article about one session: that session's presidium.
  const sessionNames = new Set(sessionsFound.filter(({ span }) => span.body.kind === 'session').map(({ span }) => span.body.name));
  const onlySession = sessionNames.size === 1 ? sessionsFound.find(({ span }) => span.body.kind === 'session') : undefined;
  if (!onlySession) return spans;
  for (const prefix of sessionOrganPrefixes) {
    for (const organ of organs) {
      const word = prefix + organ;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) addOrgan(at, at + word.length, onlySession, organ);
    }
  }
  for (const [word, name] of Object.entries(onlySession.entry.bareOrgans ?? {})) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (standsAlone(text, at)) spans.push(spanOf(text, at, at + word.length, bodyNamed(name), 'table'));
    }
  }
  return spans;
}

/** Bodies of the alias table, and the words standing for a body of the article's jurisdiction (政府, 特区政府). */
function tableSpans(text: string, ctx: ArticleContext, places: readonly PlaceMatch[]): BodySpan[] {
  const { aliases } = compiled();
  const spans: BodySpan[] = [];
  const placesBefore = placesEndingAt(places);
  for (let i = 0; i < text.length; i++) {
    const match = aliases.longestAt(text, i);
    if (!match) continue;
    const body = match.values[0]!;
    // 伊朗外交部, 美国国务院: a national body of the table after a foreign country is that country's, not China's;
    // 西安市统计局: a ministry's short form after a division is that division's department.
    const place = placesBefore.get(i);
    const owner = place && (place.country ? NATIONAL_ORGANS.has(body.kind) : body.kind === 'ministry') ? place.start : undefined;
    if (owner !== undefined) {
      spans.push(spanOf(text, owner, match.end, { name: text.slice(owner, match.end), kind: body.kind, aka: [] }, 'table'));
      continue;
    }
    // 十三届全国人大常委会: the term number belongs to the surface, not to the name.
    const term = ORDINAL_TERM.exec(text.slice(Math.max(0, i - 5), i));
    spans.push(spanOf(text, term ? i - term[0].length : i, match.end, body, 'table'));
  }
  for (const [word, body] of jurisdictionAliasesOf(ctx.jurisdiction)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (standsAlone(text, at)) spans.push(spanOf(text, at, at + word.length, body, 'template'));
    }
  }
  return spans;
}

/** Bodies named by a template over a place or a bare level word (中共北京市委, 市委 → 北京市委). */
function templateSpans(text: string, ctx: ArticleContext, places: readonly PlaceMatch[]): BodySpan[] {
  const { forms } = compiled();
  const spans: BodySpan[] = [];
  for (const anchor of anchorsIn(text, ctx, places)) {
    for (const form of forms) {
      if (anchor.levelWord && form.template.namedPlaceOnly) continue;
      const start = anchor.start - form.prefix.length;
      if (start < 0 || !text.startsWith(form.prefix, start)) continue;
      const end = anchor.end + form.suffix.length;
      if (!text.startsWith(form.suffix, anchor.end) || form.template.notBefore?.some((word) => text.startsWith(word, end))) continue;
      spans.push(spanOf(text, start, end, templateBody(form.template, anchor.division), 'template'));
    }
  }
  return spans;
}

/** Bodies in no table, found by a head noun and extended left to the nearest boundary. */
function headSpans(text: string, ctx: ArticleContext, places: readonly PlaceMatch[], tables: readonly BodySpan[]): BodySpan[] {
  const { heads } = compiled();
  const spans: BodySpan[] = [];
  // The loop visits every position and stays small; the work for the few head nouns found is in `headSpanAt`.
  const scope: HeadScope = { text, ctx, places, tables, placeStarts: null };
  for (let i = 0; i < text.length; i++) {
    const head = heads.longestAt(text, i);
    if (!head) continue;
    const span = headSpanAt(scope, head);
    if (span) spans.push(span);
  }
  return spans;
}

/** What every head noun of one text is read against. */
interface HeadScope {
  text: string;
  ctx: ArticleContext;
  places: readonly PlaceMatch[];
  tables: readonly BodySpan[];
  /** Made on the first head noun only: most texts have none. */
  placeStarts: Uint8Array | null;
}

/** The body named by the head noun `head`, extended left from it, or null. */
function headSpanAt(scope: HeadScope, head: TrieMatch<string>): BodySpan | null {
  const { leftStops, notBodies, levelWords, aliases, nameStarts, canonicalTerms, nameJoiners, taskVerbs, determiners } =
    compiled();
  const { text, ctx, tables } = scope;
  const i = head.start;
  // 党组 in 党组织: a word that is not a body overruns the head.
  const overrun = aliases.longestAt(text, i);
  if (overrun && overrun.values[0] === NOT_A_BODY && overrun.end > head.end) return null;
  // Left to the nearest stop word, and past joining words (和, 与): 国家发展和改革委员会经济体制与管理研究所.
  let start = i;
  let afterJoiner = -1;
  let determined = false;
  // Leading groups are named after their task: 推动长江经济带发展领导小组, 推进“一带一路”建设工作领导小组.
  const namedAfterTask = kindOfHead(head.values[0]!) === 'leading-group';
  while (start > 0 && i - start < 30) {
    const quoted = namedAfterTask && text[start - 1] === '”' ? quotedWordBefore(text, start) : -1;
    if (quoted >= 0) {
      start = quoted;
      continue;
    }
    if (!NAME_CHAR.test(text[start - 1]!)) break;
    // 中国民主同盟第十一届中央委员会, 联合国人权委员会: no stop word (同, 联合) inside a body of the table that the name
    // goes on from.
    const found = leftStops.longestBefore(text, start);
    const stop = found && afterJoiner < 0 && insideTableBefore(tables, start, i) ? null : found;
    if (stop && namedAfterTask && taskVerbs.has(stop.values[0]!)) {
      start = stop.start;
      break;
    }
    if (stop && !nameJoiners.has(stop.values[0]!)) {
      determined = afterJoiner < 0 && determiners.has(stop.values[0]!);
      break;
    }
    if (stop && afterJoiner < 0) afterJoiner = start;
    start = stop ? stop.start : start - 1;
  }
  // A name starts at its leftmost place or word names start with (从严从紧执行首都严格进京管理联防联控协调机制
  // → 首都…); with none, not before the first joining word.
  const placeStarts = (scope.placeStarts ??= placeStartsOf(text, scope.places));
  // 召开推进海南全面深化改革开放领导小组…: the task verb opens the name, not the place after it.
  const startsWithTask = namedAfterTask && [...taskVerbs].some((verb) => text.startsWith(verb, start));
  let named = startsWithTask ? start : -1;
  for (let at = start; at < i && named < 0; at++) {
    if (placeStarts[at] === 1 || nameStarts.longestAt(text, at)) named = at;
  }
  // 各部门党组, 各级政府党组, 上述专门委员会: after a determiner, a head noun with nothing naming it is a kind of body.
  if (determined && named < 0) return null;
  if (named >= 0) start = named;
  if (afterJoiner > start && (named < 0 || aliases.longestAt(text, afterJoiner)?.end === head.end)) {
    // …和非盟委员会: what follows the joining word is a whole body of the table, or nothing names the start.
    start = afterJoiner;
  }
  // An opening quote with no closing one inside belongs to the text around, not to the name.
  while (text[start] === '《' && !text.slice(start, head.end).includes('》')) start++;
  const surface = text.slice(start, head.end);
  // 这些公司, 他办公室: one character before a head is a word of the sentence, not a name (a level word aside: 区委).
  const minimum = head.values[0]!.length + (levelWords.has(surface[0]!) ? 1 : 2);
  if (notBodies.has(surface) || surface.length < minimum) return null;
  let name = surface;
  const division = levelWords.has(surface[0]!) ? divisionOfLevelWord(surface[0]!, ctx) : null;
  if (division) name = division.name + surface.slice(1);
  // 北京冠病疫情防控工作领导小组 is named with the standard term: 北京新冠肺炎疫情防控工作领导小组.
  let renamed = false;
  for (const [term, standard] of canonicalTerms) {
    if (!name.includes(term)) continue;
    name = name.split(term).join(standard);
    renamed = true;
  }
  const span: BodySpan = {
    start,
    end: head.end,
    surface,
    body: { name, kind: kindOfHead(head.values[0]!), aka: name === surface ? [] : [surface] },
    source: division ? 'template' : 'head',
  };
  if (renamed) span.fixedName = true;
  return span;
}

/** Kinds of body every country has one of its own of (外交部, 国务院, 最高法院), unlike 上海合作组织. */
const NATIONAL_ORGANS = new Set<BodyKind>(['government', 'ministry', 'judiciary', 'legislature', 'congress', 'party', 'military']);

/** Where each place named in the text ends: where it starts, and whether it is a foreign country. */
function placesEndingAt(places: readonly PlaceMatch[]): Map<number, { start: number; country: boolean }> {
  const ends = new Map<number, { start: number; country: boolean }>();
  for (const place of places) {
    ends.set(place.end, { start: place.start, country: !getGazetteer().byPath.has(place.path) });
  }
  return ends;
}

/** The longest a quoted word inside a body's name runs (“一带一路”, “十四五”). */
const QUOTED_WORD = 8;

/** Where the quoted word that closes right before `end` opens (its “), or -1 when no short quoted word does. */
function quotedWordBefore(text: string, end: number): number {
  const open = text.lastIndexOf('“', end - 2);
  if (open < 0 || end - open > QUOTED_WORD + 2) return -1;
  for (let at = open + 1; at < end - 1; at++) if (!NAME_CHAR.test(text[at]!)) return -1;
  return open;
}

/** Whether `at` lies inside a body of the table that ends by `end`. */
function insideTableBefore(tables: readonly BodySpan[], at: number, end: number): boolean {
  return tables.some((table) => table.source !== 'blocked' && table.start < at && at < table.end && table.end <= end);
}

function placeStartsOf(text: string, places: readonly PlaceMatch[]): Uint8Array {
  const starts = new Uint8Array(text.length);
  for (const place of places) starts[place.start] = 1;
  return starts;
}

/** The kind of a body found only by its head noun (data/bodies.yaml `headKinds`). */
function kindOfHead(head: string): BodyKind {
  return activeLexicon().headKinds[head] ?? 'organization';
}

/** Body spans of the text, overlaps settled: the longest span wins, tables before head nouns. */
export function matchBodies(text: string, ctx: ArticleContext): BodySpan[] {
  const candidates = candidateSpans(text, ctx).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(a.source === 'head') - Number(b.source === 'head') || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const chosen: BodySpan[] = [];
  for (const span of candidates) {
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    if (span.source !== 'blocked') chosen.push(span);
  }
  return withListOwners(text, chosen.sort((a, b) => a.start - b.start));
}

/**
 * 十四届全国人大民族委员会、宪法和法律委员会、…、外事委员会: a name found only by its head noun in a list of bodies
 * belongs to the owner the list's first body is named after, when the table knows the owner's body of that name.
 */
function withListOwners(text: string, spans: BodySpan[]): BodySpan[] {
  let first: BodySpan | undefined;
  return spans.map((span, index) => {
    const previous = spans[index - 1];
    if (!previous || text.slice(previous.end, span.start) !== '、') first = span;
    else if (span.source === 'head' && first?.source === 'table') {
      const owned = ownedBody(first.surface, span.surface);
      if (owned) return { ...span, body: owned, source: 'table' };
    }
    return span;
  });
}

/** The table's body named by part of `owner`'s name followed by `name` (全国人大 + 外事委员会), the longest first. */
function ownedBody(owner: string, name: string): ResolvedBody | null {
  const { aliases } = compiled();
  for (let end = owner.length - 1; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      const candidate = owner.slice(start, end) + name;
      const match = aliases.longestAt(candidate, 0);
      if (match?.end === candidate.length && match.values[0] !== NOT_A_BODY) return match.values[0]!;
    }
  }
  return null;
}

/** Whether `text` ends with the name of a body, or at least with a body's head noun (阿姨来了公司). */
export function endsWithBody(text: string): boolean {
  const { heads } = activeLexicon();
  return heads.some((head) => text.endsWith(head)) || matchBodies(text, { jurisdiction: null }).some((span) => span.end === text.length);
}

/** A body name with synonyms folded, for recognising one body written two ways. */
export function normalizedBodyKey(name: string): string {
  const { synonyms, normalizedKeys } = compiled();
  let key = normalizedKeys.get(name);
  if (key === undefined) {
    key = name;
    for (const [from, to] of synonyms) key = key.split(from).join(to);
    if (normalizedKeys.size >= MEMO_LIMIT) normalizedKeys.clear();
    normalizedKeys.set(name, key);
  }
  return key;
}

/** Body names recur across a corpus; memos are emptied when full, so memory stays bounded. */
const MEMO_LIMIT = 50_000;
