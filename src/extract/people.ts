import { endsWithTitleHead, escapeRegExp, wordsSource, type ExtractLexicon } from './lexicon.js';
import type { NameBook } from './names.js';
import { allMatches } from '../text/regexp.js';
import { matchPlaces } from '../lexicon/place-matcher.js';
import { placeInfo } from './places.js';

const HAN = '[\\u3400-\\u9fff]';
/** How far after its country a title may start (俄罗斯 | 联邦政府总理). */
const COUNTRY_TO_TITLE = 12;
/** What may follow a name right after a title: punctuation, a verb of speech or action, a particle. */
const afterName = (lex: ExtractLexicon) =>
  `(?=[，。、；：:“”"（）()\\s]|$|${lex.speechVerbs.map(escapeRegExp).join('|')}|指|在|主持|出席|参加|列席|等|同志|和|与|及|的|作|向|就|也|亦|还|则|又|即|对|到|将|已|曾|率|于|为|昨|今|前|当天|当日|当地|邀请|通电话|通话|[上下本]?(?:周|星期)[一二三四五六日天]|[0-9０-９])`;
const DOT = '[·•‧・．]';

interface Patterns {
  titled: RegExp;
  /**
   * Read right after a foreign country: up to a few words of the clause, a title head, and the run of
   * transliteration characters after it (埃及 | 总统塞西, 俄罗斯 | 联邦政府总理梅德韦杰夫).
   */
  foreignTitled: RegExp;
  speechVerb: RegExp;
  postposed: RegExp;
  appointedTitle: RegExp;
  affiliated: RegExp;
  list: RegExp;
}

const cache = new WeakMap<ExtractLexicon, Patterns>();

// Names are found by finding what follows them (a speech verb, a postposed title, 为) and looking back: far cheaper
// than a regex that tries a name at every position.
function patterns(lex: ExtractLexicon): Patterns {
  let p = cache.get(lex);
  if (p) return p;
  const alt = (words: string[]) => words.map(escapeRegExp).join('|');
  const AFTER_NAME = afterName(lex);
  p = {
    titled: new RegExp(`${wordsSource(lex.heads)}(${HAN}{2,3}?)${AFTER_NAME}`, 'gu'),
    foreignTitled: new RegExp(
      `[^，。；、：]{0,${COUNTRY_TO_TITLE}}?${wordsSource(lex.heads)}([${[...lex.transliteration].join('')}]{2,8}?)${AFTER_NAME}`,
      'uy',
    ),
    speechVerb: new RegExp(wordsSource(lex.speechVerbs), 'gu'),
    postposed: new RegExp(`${wordsSource(lex.postposed)}(?![团部局]|会(?![晤见谈]))`, 'gu'),
    appointedTitle: new RegExp(`[^，。；、]{0,16}?(?:${alt(lex.heads)})(?=[，。；]|$)`, 'uy'),
    affiliated: new RegExp(`${wordsSource(lex.affiliations)}(${HAN}{2,4}?)${AFTER_NAME}`, 'gu'),
    list: new RegExp(`(${HAN}{2,4}(?:、${HAN}{2,4})+)(?:[及和与](${HAN}{2,3}))?(?!${HAN}{0,3}${DOT})${AFTER_NAME}`, 'gu'),
  };
  cache.set(lex, p);
  return p;
}

const isHan = (c: string | undefined) => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const CLAUSE_START = new Set([...'，。；：:“\n']);
/** Words that may stand right before a name followed by a postposed title (以习近平同志为核心, 向习近平主席). */
const BEFORE_POSTPOSED = new Set([...'以和与及由向对同据即']);
const DOTS = /[·•‧・．]/u;

/** The name of `min`–`max` characters ending at `end` that starts where `opens` allows, the longest first. */
function nameEndingAt(
  text: string,
  end: number,
  min: number,
  max: number,
  opens: (start: number) => boolean,
  chars: (c: string) => boolean = isHan,
): string | null {
  for (let length = max; length >= min; length--) {
    const start = end - length;
    if (start < 0) continue;
    let all = true;
    for (let i = start; i < end && all; i++) all = chars(text[i]!);
    if (all && opens(start)) return text.slice(start, end);
  }
  return null;
}

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/** Whether one of `words` runs across position `at` of `text`, starting before it and ending after it. */
function runsAcross(words: readonly string[], text: string, at: number): boolean {
  return words.some((word) => {
    for (let inside = 1; inside < word.length; inside++) if (text.startsWith(word, at - inside)) return true;
    return false;
  });
}

/**
 * 叶刘淑仪、陈克勤及姚思荣 / 决定杨振武、信春鹰、李飞: names joined by 、 (the last maybe by 及/和/与), where the
 * first item may carry the verb before it. Three names, or two when one is already known, make a list.
 */
function readNameList(names: NameBook, text: string, listed: string, last: string | undefined, offset: number): NameSpan[] | null {
  const items: NameSpan[] = [];
  let at = offset;
  for (const name of last ? [...listed.split('、'), last] : listed.split('、')) {
    items.push({ name, start: at, end: at + name.length });
    at += name.length + 1;
  }
  // 巩玉林、王德栓、刘明丽皆为化名, 黃曉明、鄭爽以及周冬雨: an item may carry the adverb or the 以 of 以及 after it.
  for (const item of items.slice(1)) {
    if (names.endsInAdverb(item.name) && names.isName(item.name.slice(0, -1), 'bare')) {
      item.name = item.name.slice(0, -1);
      item.end--;
    }
  }
  const [first, ...rest] = items;
  // Most lists joined by 、 are of words, not names: their later items fail first, before the first item's readings.
  if (!rest.every((item) => names.isName(item.name, 'bare'))) return null;
  const firstName = [first!.name, first!.name.slice(-3), first!.name.slice(-2)].find(
    (n) =>
      names.isName(n, 'listed') &&
      // 主席王君正: a name cannot start inside a title head.
      !runsAcross(names.lexicon.heads, text, first!.end - n.length) &&
      !crossedByWord(names.lexicon, text, { name: n, start: first!.end - n.length, end: first!.end }),
  );
  // 成员包括本人、郭达俊、张结凤…: a first item that is no name leaves the list to the others.
  const spans = firstName ? [{ name: firstName, start: first!.end - firstName.length, end: first!.end }, ...rest] : rest;
  return spans.length >= 3 || (firstName !== undefined && spans.some((item) => names.has(item.name))) ? spans : null;
}

/**
 * Persons named anywhere in the text (Simplified view, offsets shared with the original): after a title
 * (保安局局长李家超在…), before a verb of speech at a clause start (李克强说), before a postposed title or 同志
 * (习近平总书记, 以习近平同志为核心), after a party affiliation (民建联李慧琼), in lists of three or more names
 * (决定杨振武、信春鹰、李飞…为大会副秘书长), and every occurrence of a known or learned name.
 */
export function findPeople(lex: ExtractLexicon, names: NameBook, simplified: string): NameSpan[] {
  const p = patterns(lex);
  const found: NameSpan[] = [];
  const take = (name: string, start: number, context: 'bare' | 'titled' | 'listed') => {
    const span = { name, start, end: start + name.length };
    if (names.isName(name, context) && !crossedByWord(lex, simplified, span)) found.push(span);
  };
  for (const m of allMatches(p.titled, simplified)) take(m[1]!, m.index + m[0].length - m[1]!.length, 'bare');
  const clauseStart = (start: number) => startsClause(lex, simplified, start);
  const beforePostposed = (start: number) =>
    start === 0 || !isHan(simplified[start - 1]) || BEFORE_POSTPOSED.has(simplified[start - 1]!);
  for (const m of allMatches(p.postposed, simplified)) {
    const name = nameEndingAt(simplified, m.index, 2, 3, beforePostposed);
    if (name) take(name, m.index - name.length, 'bare');
    if (m[0] === '同志') continue;
    // 纳扎尔巴耶夫总统: a transliterated name that is not a country (哈萨克斯坦总统).
    const foreign = nameEndingAt(simplified, m.index, 2, 8, beforePostposed, (c) => c !== undefined && lex.transliteration.has(c));
    if (foreign && names.isForeignName(foreign)) found.push({ name: foreign, start: m.index - foreign.length, end: m.index });
  }
  // 埃及总统塞西, 德意志联邦共和国总理默克尔: after a foreign country's title, a transliterated name of any length.
  for (const place of matchPlaces(simplified, null)) {
    if (placeInfo(place.path)?.level !== 'country') continue;
    p.foreignTitled.lastIndex = place.end;
    const m = p.foreignTitled.exec(simplified);
    const name = m?.[1];
    if (m && name && names.isForeignName(name)) {
      const end = place.end + m[0].length;
      found.push({ name, start: end - name.length, end });
    }
  }
  const affiliated = lex.affiliations.some((a) => simplified.includes(a)) ? allMatches(p.affiliated, simplified) : [];
  for (const m of affiliated) take(m[1]!, m.index + m[0].length - m[1]!.length, 'titled');
  for (const span of found) names.learn(span.name);
  for (const m of allMatches(p.list, simplified)) {
    if (DOTS.test(simplified.slice(Math.max(0, m.index - 4), m.index))) continue;
    const items = readNameList(names, simplified, m[1]!, m[2], m.index);
    for (const item of items ?? []) {
      found.push(item);
      names.learn(item.name);
    }
  }
  // A clause-initial word before a verb of speech (官方表示, 文章指出) is a name only when it has three characters
  // or the text names that person elsewhere.
  const takeSubject = (name: string, start: number) => {
    if (name.length > 2 || names.has(name)) take(name, start, 'bare');
  };
  for (const m of allMatches(p.speechVerb, simplified)) {
    // 岳昕则表示, 周官並指出: an adverb may stand between the name and its verb.
    const end = m.index > 0 && names.endsInAdverb(simplified[m.index - 1]!) ? m.index - 1 : m.index;
    const name = nameEndingAt(simplified, end, 2, 3, clauseStart);
    if (name) takeSubject(name, end - name.length);
  }
  // 王晨为大会秘书长
  for (let at = simplified.indexOf('为'); at >= 0; at = simplified.indexOf('为', at + 1)) {
    const name = nameEndingAt(simplified, at, 2, 3, (start) => start === 0 || CLAUSE_START.has(simplified[start - 1]!));
    p.appointedTitle.lastIndex = at + 1;
    if (name && p.appointedTitle.test(simplified)) take(name, at - name.length, 'bare');
  }
  for (const span of found) names.learn(span.name);
  // Read in loops, not as a spread of mapped arrays, whose element kind differs when they are empty: each new kind
  // threw this function's optimized code away (--trace-deopt, wrong map).
  for (const match of lex.knownNames.scan(simplified)) {
    const span = { name: match.values[0]!, start: match.start, end: match.end };
    if (!crossedByWord(lex, simplified, span)) found.push(span);
  }
  const learned = [...names.learned].filter((name) => !names.lexicon.known.has(name));
  for (const span of occurrences(simplified, learned)) if (!crossedByWord(lex, simplified, span)) found.push(span);
  return found;
}

/**
 * Who speaks in a sentence: a name right before a verb of speech (an adverb may stand between: 岳昕则表示), at the
 * start of a clause, after a party or after a title (議會陣線毛孟靜提出, 民建聯李慧琼質疑, 局长马建堂介绍). Offsets are
 * the sentence's.
 */
export function speakersIn(lex: ExtractLexicon, names: NameBook, sentence: string): NameSpan[] {
  const p = patterns(lex);
  // 座谈会上，国家统计局局长马建堂介绍了…: a title may stand before the name, as a clause start or a party may.
  const opens = (start: number) =>
    startsClause(lex, sentence, start) ||
    lex.affiliations.some((a) => sentence.endsWith(a, start)) ||
    endsWithTitleHead(lex, sentence.slice(0, start));
  const found: NameSpan[] = [];
  for (const m of allMatches(p.speechVerb, sentence)) {
    // 李强在会上强调: where the speech was given may stand between the name and its verb.
    const verb = sentence.endsWith('在会上', m.index) ? m.index - 3 : sentence.endsWith('在会议上', m.index) ? m.index - 4 : m.index;
    const end = verb > 0 && names.endsInAdverb(sentence[verb - 1]!) ? verb - 1 : verb;
    // 葉劉淑儀: four characters only for a name the article gives elsewhere (not 袁海文不認為).
    const name = nameEndingAt(sentence, end, 2, 4, (start) => opens(start) && (end - start < 4 || names.has(sentence.slice(start, end))));
    if (name && (name.length > 2 || names.has(name)) && names.isName(name, 'bare') && !found.some((f) => f.name === name)) {
      found.push({ name, start: end - name.length, end });
    }
  }
  return found;
}

/** Whether a clause starts at `start`: at the text's start, after punctuation, or after a clause opener (其间). */
function startsClause(lex: ExtractLexicon, text: string, start: number): boolean {
  return start === 0 || CLAUSE_START.has(text[start - 1]!) || lex.clauseOpeners.some((o) => text.endsWith(o, start));
}

/** Whether a word of `nameEdgeWords` runs across the span's start or end (如何维稳 over 何维, 周强调 over 周强). */
function crossedByWord(lex: ExtractLexicon, text: string, span: NameSpan): boolean {
  return runsAcross(lex.nameEdgeWords, text, span.start) || runsAcross(lex.nameEdgeWords, text, span.end);
}

/**
 * Every occurrence of the names, leftmost first and the longest at a position, without overlaps: what a regex
 * alternating them finds, without compiling a regex for each article's learned names.
 */
function occurrences(text: string, words: Iterable<string>): NameSpan[] {
  const all: NameSpan[] = [];
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      all.push({ name: word, start: at, end: at + word.length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: NameSpan[] = [];
  let free = 0;
  for (const span of all) {
    if (span.start < free) continue;
    found.push(span);
    free = span.end;
  }
  return found;
}
