import type { ArticleFacts, ParsedArticle } from '../types.js';
import { compiledFromLexicon } from '../lexicon/active.js';
import { inferContext } from '../lexicon/context.js';
import { matchPlaces } from '../lexicon/place-matcher.js';
import { simplifiedText } from '../lexicon/text.js';
import { bodyOfTitle, extractBodies, resolveBody } from './bodies.js';
import { meetingPlace } from './held-in.js';
import { extractPlaces } from './places.js';
import { extractLexicon, type ExtractLexicon } from './lexicon.js';
import { extractMeetings, type BodyResolver } from './meetings.js';
import { NameBook } from './names.js';
import { findPeople } from './people.js';
import { splitSentences } from './sentences.js';

export interface ExtractOptions {
  lexicon?: ExtractLexicon;
  /** Canonical body names for meeting bodies; defaults to the body lexicon, then to body surfaces by their endings. */
  resolveBody?: BodyResolver;
}

/** Where a body's name cannot reach back past: punctuation, symbols (◆), 的 and verbs of founding (成立…领导小组). */
const NAME_BOUNDARY = /[^\p{Script=Han}0-9A-Za-z]|的|成立|设立|组建/u;
/**
 * A clause written before a gathering's name (习近平出席世界经济论坛, 并透露廉署的审查贪污咨询委员会, 论坛期间举行了高峰论坛):
 * up to its last verb, and a joining word after it, it is no part of the name. Not 的: 中央党的建设工作领导小组.
 */
const CLAUSE_BEFORE_NAME = /^(?:.*(?:出席|参加|参与|举行了?|召开了?|主持|透露|期间|决定|交付))?[并为和与及]?/u;
/** 14次会议, 两次会议, 最后一次会议, 四个双边合作机制, 下次会议, …下次会议: a count or a reference. */
const COUNT_OR_REFERENCE = /^(?:[0-9０-９多几]|[一二三四五六七八九十两几]+[个次]|[上下本这每首今]次|最后|之前)|[上下本这该每首]次会议$/u;
/** Words that end body names but name no body alone (data/bodies.yaml `notBodies`: 领导小组, 委员会 …). */
const genericBodyNames = compiledFromLexicon((lexicon) => new Set(lexicon.notBodies));

/**
 * Canonical body of a meeting surface: the body lexicon's reading of the surface, else of the surface without its
 * meeting word (修订《逃犯条例》法案委员会会议 → …法案委员会), else the surface itself when it ends like a body
 * (data/meetings.yaml `body_endings`).
 */
function meetingBodyResolver(lex: ExtractLexicon, byLexicon: BodyResolver): BodyResolver {
  const data = lex.data.meetings as unknown as { body_endings: string[]; body_meeting_suffixes: string[] };
  const suffixes = [...data.body_meeting_suffixes].sort((a, b) => b.length - a.length);
  return (written, before = '') => {
    // #全国政协十三届五次会议#, 【…】: hashtags and brackets bound a name; 首届《南南人权论坛》 is cut before its 》.
    const surface = written
      .replace(/\s+/gu, '')
      .replace(/^.*[#＃【】]/u, '')
      .replace(/^.*《(?!.*》)/u, '')
      .replace(CLAUSE_BEFORE_NAME, '')
      .replace(/^[0-9０-９]{4}年/u, '');
    const stripped = suffixes.filter((s) => surface.endsWith(s) && surface.length > s.length).map((s) => surface.slice(0, -s.length));
    const bare = stripped[0] ?? surface;
    // 全国人大常委会会议 is a meeting of 全国人大常委会, not of 全国人大: the longest known body before a suffix wins.
    const known = byLexicon(surface) ?? stripped.reduceRight<string | null>((found, name) => found ?? byLexicon(name), null);
    if (known) return known;
    // 14次会议, 两次会议, 四个双边合作机制, 下次会议, …元首理事会下次会议: a count or a reference, not a body.
    const endsLikeBody = (name: string) =>
      name.length >= 2 &&
      !COUNT_OR_REFERENCE.test(name) &&
      data.body_endings.some((e) => name.endsWith(e));
    const gathering = lex.kinds.some((kind) => surface.endsWith(kind));
    const name = [bare, surface].find(endsLikeBody) ?? (gathering ? conveningBody(surface, byLexicon, endsLikeBody) : null);
    if (name === null || !genericBodyNames().has(name)) return name;
    // …领导小组组长李克强26日主持召开领导小组会议: a generic name stands for the body the sentence named in full before.
    const earlier = before.lastIndexOf(name);
    const full = earlier < 0 ? '' : (before.slice(0, earlier + name.length).split(NAME_BOUNDARY).at(-1) ?? '');
    return full.length > name.length ? (byLexicon(full) ?? (endsLikeBody(full) ? full : null)) : null;
  };
}

/** 中非合作论坛北京峰会 → 中非合作论坛: a gathering named after a known convening body, then a place or year. */
function conveningBody(name: string, byLexicon: BodyResolver, endsLikeBody: (name: string) => boolean): string | null {
  if (/[、，]/u.test(name)) return null;
  for (let end = name.length; end >= 4; end--) {
    const prefix = name.slice(0, end);
    const known = endsLikeBody(prefix) ? byLexicon(prefix) : null;
    if (known) return known;
  }
  return null;
}

/**
 * A resolver that answers each surface once: an article asks about the same surfaces and their prefixes again
 * and again (every sentence naming its meeting), and each answer matches bodies and places anew.
 */
function memoized(resolver: BodyResolver): BodyResolver {
  const answers = new Map<string, string | null>();
  return (surface) => {
    let answer = answers.get(surface);
    if (answer === undefined) {
      answer = resolver(surface);
      answers.set(surface, answer);
    }
    return answer;
  };
}

/** The extract stage: the facts one parsed article states. */
export function extractFacts(article: ParsedArticle, options: ExtractOptions = {}): ArticleFacts {
  const lex = options.lexicon ?? extractLexicon();
  const names = new NameBook(lex);
  const simplified = simplifiedText(article);
  const sentences = splitSentences(simplified);
  const ctx = inferContext(article);
  const resolve = options.resolveBody ?? meetingBodyResolver(lex, memoized((surface) => resolveBody(surface, ctx)?.name ?? null));
  const { meetings, people: listed } = extractMeetings(
    lex,
    names,
    resolve,
    {
      sentences,
      simplified,
      original: article.text,
      published: article.published,
      titleEnd: article.paragraphs.find((paragraph) => paragraph.kind === 'title')?.text.length ?? 0,
    },
    memoized((title) => bodyOfTitle(title, ctx)?.name ?? null),
  );
  const places = matchPlaces(simplified, ctx.jurisdiction);
  for (const meeting of meetings) {
    const place = meetingPlace(lex, meeting, simplified, places);
    if (place) meeting.place = place;
  }
  const spans = [...listed, ...findPeople(lex, names, simplified)];
  const staff = new Set(article.staff.map((s) => s.name));
  const people: string[] = [];
  // 魏凤和 read whole in one list and as 魏凤 + 和 in another: at one place the longest reading of a name stands.
  const sorted = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const [index, span] of sorted.entries()) {
    if (index > 0 && sorted[index - 1]!.start === span.start) continue;
    const name = article.text.slice(span.start, span.end);
    if (!people.includes(name) && !staff.has(name)) people.push(name);
  }
  return {
    article: article.article,
    published: article.published,
    outlet: article.outlet,
    origin: article.origin,
    staff: article.staff,
    meetings,
    people,
    bodies: extractBodies(article, ctx),
    places: extractPlaces(article, ctx, spans),
  };
}
