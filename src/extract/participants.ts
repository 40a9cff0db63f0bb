import { endsWithBody } from '../lexicon/body-matcher.js';
import { matchPlaces } from '../lexicon/place-matcher.js';
import { endsWithTitleHead, type ExtractLexicon } from './lexicon.js';
import type { NameBook, NameContext } from './names.js';
import { parseChineseNumeral } from './numerals.js';
import { allMatches } from '../text/regexp.js';

/** One person read from a participant list: the name, the titles the list gives them, and where the name stands. */
export interface ListedPerson {
  name: string;
  titles: string[];
  /** Offsets of the name within the parsed segment. */
  start: number;
  end: number;
  /** True when a title vouched for the name (the extractor learns such names). */
  titled: boolean;
}

export interface ParsedList {
  people: ListedPerson[];
  /** False when the list is marked partial (…等出席). */
  complete: boolean;
}

interface Piece {
  text: string;
  start: number;
  /** The separator that precedes this piece ('' for the first). */
  separator: string;
}

type Reading =
  | { kind: 'title'; titles: string[] }
  | { kind: 'person'; titles: string[]; name: string; nameOffset: number; context: NameContext };

/**
 * Punctuation between items, a short aside in brackets after a name (普京（线上）出席), and 等 joining two groups of
 * a list (陈锡文、朱保成等以及专家学者苑鹏、王贵满等).
 */
const SEPARATORS = /(?:[，,、；;：:\s\u3000【】\[\]「」◆◇●○■□▲△★☆]|（[^（）]{1,8}）|等(?=以及|和|及))+/gu;
/** 等 closing a list (王旭等); not the verb 等 (等到, 等候, 等待), nor 等 before another group (等以及). */
const PARTIAL_LIST = /等(?![到候待着了以和及])/u;
const PARTIAL_GROUP = /等(?=以及|和|及)/u;
/** The count after a list's 等 (等6位代表, 等九人). */
const COUNT_AFTER_ETC = /^等([0-9０-９一二三四五六七八九十两]+)[位名人个]/u;
/** Words joining names (和, 与, 及); 同 joins them too, but not the 同 of 同志. */
const JOINING_WORDS = '以及|和|与|及';
const CONJUNCTIONS = new RegExp(`${JOINING_WORDS}|同(?!志)`, 'gu');
const CONJUNCTIONS_AT_START = new RegExp(`^(?:${JOINING_WORDS})`, 'u');
const CONJOINED = new RegExp(JOINING_WORDS, 'u');
/** The longest a single title runs (国家发展改革委体改所循环经济研究室主任 is 18). */
const MAX_TITLE_LENGTH = 32;

/** Whether a second title may start here: a title opener (国务院, 中共) or a place (广东省, 广州市). */
function opensTitle(lex: ExtractLexicon, rest: string): boolean {
  return lex.titleOpeners.some((o) => rest.startsWith(o)) || matchPlaces(rest, null).some((place) => place.start === 0);
}

/**
 * 委员会双方主席国务院副总理 → [委员会双方主席, 国务院副总理], 中共中央政治局委员广东省委书记 → [中共中央政治局委员,
 * 广东省委书记]: titles written back to back without 、.
 */
function splitTitles(lex: ExtractLexicon, title: string): string[] {
  for (let i = 2; i < title.length - 1; i++) {
    const rest = title.slice(i);
    if (endsWithTitleHead(lex, title.slice(0, i)) && endsWithTitleHead(lex, rest) && opensTitle(lex, rest)) {
      return [title.slice(0, i), ...splitTitles(lex, rest)];
    }
  }
  return [title];
}

/** 资历最深的议员: a description ending in a head noun right after 的 (unlike 中央党的建设工作领导小组组长). */
const DESCRIPTION = /的[\u4e00-\u9fff]{1,3}$/u;

function isTitle(lex: ExtractLexicon, text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && !lex.notInTitles.test(text) && !DESCRIPTION.test(text) && endsWithTitleHead(lex, text);
}

/** Reads one piece of a list as a bare name, a name after titles, a name before a postposed title, or titles alone. */
function readPiece(lex: ExtractLexicon, names: NameBook, text: string, context: NameContext): Reading | null {
  const stripped = text;
  for (const affiliation of lex.affiliations) {
    if (stripped.startsWith(affiliation) && names.isName(stripped.slice(affiliation.length), 'titled')) {
      return { kind: 'person', titles: [], name: stripped.slice(affiliation.length), nameOffset: affiliation.length, context: 'titled' };
    }
  }
  if (names.has(stripped)) return { kind: 'person', titles: [], name: stripped, nameOffset: 0, context: 'titled' };
  for (const post of lex.postposed) {
    const name = stripped.slice(0, stripped.length - post.length);
    if (stripped.endsWith(post) && name.length >= 2 && names.isName(name, 'bare')) {
      return { kind: 'person', titles: post === '同志' ? [] : [post], name, nameOffset: 0, context: 'titled' };
    }
  }
  const whole = titleOf(lex, stripped);
  if (whole !== null) return { kind: 'title', titles: splitTitles(lex, whole) };
  if (names.isName(stripped, context)) return { kind: 'person', titles: [], name: stripped, nameOffset: 0, context };
  for (let i = stripped.length - 2; i >= 2; i--) {
    const title = titleOf(lex, stripped.slice(0, i));
    const name = stripped.slice(i);
    if (title !== null && names.isName(name, 'titled')) {
      return { kind: 'person', titles: splitTitles(lex, title), name, nameOffset: i, context: 'titled' };
    }
  }
  return null;
}

/**
 * 国家能源投资集团王祥喜, BOSS直聘公司赵鹏: an item of a list naming a person after the body they come from, which is
 * no title. The name must read as one on its own (not 和四川 after 国家发展改革委, nor 董事 after …公司).
 */
function affiliatedName(lex: ExtractLexicon, names: NameBook, text: string): Reading | null {
  for (const length of [3, 2]) {
    const at = text.length - length;
    const name = text.slice(at);
    if (at < 2 || CONJUNCTIONS_AT_START.test(name) || endsWithTitleHead(lex, name) || !names.isName(name, 'listed')) continue;
    if (endsWithBody(text.slice(0, at))) return { kind: 'person', titles: [], name, nameOffset: at, context: 'listed' };
  }
  return null;
}

/**
 * …、谌贻琴、张军、应勇、胡春华…, …张轩、胡和平、骆惠宁…: between names joined by 、, a surname and one or two characters
 * more is a name, though alone it would read as a word (应勇 as "should be brave", 和 inside 胡和平).
 */
function nameAmongNames(
  lex: ExtractLexicon,
  names: NameBook,
  pieces: readonly Piece[],
  index: number,
  accepted: readonly { reading: Reading }[],
): Reading | null {
  const piece = pieces[index]!;
  if (!/^[\u4e00-\u9fff]{2,3}$/u.test(piece.text) || !lex.surnames.has(piece.text[0]!)) return null;
  const after = pieces[index + 1]?.separator === '、' && accepted[0]?.reading.kind === 'person';
  const before = piece.separator === '、' && readPiece(lex, names, pieces[index - 1]!.text, 'listed')?.kind === 'person';
  return after && before ? { kind: 'person', titles: [], name: piece.text, nameOffset: 0, context: 'listed' } : null;
}

/** 来华进行国事访问的印度尼西亚总统: a clause describing a visit, before the title. */
const VISIT_DESCRIPTION = /^[^的，]*(?:访问|来华|出席|参加|应邀)[^的，]*的/u;

/** The title `text` is, without a clause that describes a visit before it; null when it is no title. */
function titleOf(lex: ExtractLexicon, text: string): string | null {
  const bare = text.replace(VISIT_DESCRIPTION, '');
  if (bare !== text && isTitle(lex, bare)) return bare;
  return isTitle(lex, text) ? text : null;
}

function splitPieces(segment: string, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let separator = '';
  for (const m of allMatches(SEPARATORS, segment)) {
    if (m.index > last) pieces.push({ text: segment.slice(last, m.index), start: offset + last, separator });
    separator = m[0].trim() === '' ? ' ' : m[0].trim()[0]!;
    last = m.index + m[0].length;
  }
  if (last < segment.length) pieces.push({ text: segment.slice(last), start: offset + last, separator });
  return pieces;
}

/** A piece that does not read as a whole may be several people joined by 和/与/及. */
function splitConjoined(lex: ExtractLexicon, names: NameBook, piece: Piece): { piece: Piece; reading: Reading }[] | null {
  const parts: Piece[] = [];
  // 以及联合国秘书长古特雷斯: a conjunction opening the piece joins it to the one before; 魏凤和: one ending it is a name's.
  const opening = CONJUNCTIONS_AT_START.exec(piece.text)?.[0].length ?? 0;
  let last = opening;
  let separator = piece.separator;
  for (const m of allMatches(CONJUNCTIONS, piece.text)) {
    if (m.index < opening || m.index + m[0].length >= piece.text.length) continue;
    parts.push({ text: piece.text.slice(last, m.index), start: piece.start + last, separator });
    separator = '和';
    last = m.index + m[0].length;
  }
  if (parts.length === 0 && opening === 0) return null;
  parts.push({ text: piece.text.slice(last), start: piece.start + last, separator });
  const read: { piece: Piece; reading: Reading | null }[] = [];
  for (const part of parts) read.push({ piece: part, reading: readPiece(lex, names, part.text, 'bare') });
  // 农业与农村委员会副主任委员杜德印: a word that is no one's name before the joining word starts a title that runs on.
  const first = read[0]!.reading;
  if (first?.kind === 'person' && first.titles.length === 0 && !names.has(first.name)) {
    const whole = readPiece(lex, names, piece.text, 'bare');
    if (whole?.kind === 'person' && whole.titles.length > 0) return null;
  }
  // 李希和广东省长发了言, 杨洁篪和中央有关部门负责同志参加: offices and groups named without their people may close the list.
  let named = read.length;
  while (named > 0 && read[named - 1]!.reading?.kind !== 'person') named--;
  const closing = read.slice(named);
  const closes = (r: (typeof read)[number], i: number) => (r.reading !== null && i === closing.length - 1) || namesGroup(lex, r.piece.text);
  if (named === 0 || !read.slice(0, named).every((r) => r.reading?.kind === 'person') || !closing.every(closes)) return null;
  const people = read.slice(0, named) as { piece: Piece; reading: Reading & { kind: 'person' } }[];
  // 郭庚茂和支树平常委: a title after the last name is the title of the bare names joined to it.
  const lastPerson = people.at(-1)!.reading;
  const postposed = lastPerson.nameOffset === 0 && lastPerson.titles.length === 1 ? lastPerson.titles[0]! : '';
  if (lex.sharedPostposed.has(postposed) && people.every(({ reading }) => reading.nameOffset === 0 && reading.titles.length <= 1)) {
    for (const { reading } of people) if (reading.titles.length === 0) reading.titles = [postposed];
  }
  return people;
}

/**
 * 发表了习近平(在…上的讲话), 至于被指代表建制派角逐委员会主席一职的谢伟俊(，今早有出席会议): a clause that is not a
 * list but ends in a known name, or in a name right after 的.
 */
function knownNameAtEnd(names: NameBook, piece: Piece): Reading | null {
  for (let length = 4; length >= 2; length--) {
    const name = piece.text.slice(-length);
    if (length >= piece.text.length) continue;
    const afterDe = piece.text[piece.text.length - length - 1] === '的' && length === 3 && names.isName(name, 'bare');
    if (names.has(name) || afterDe) {
      return { kind: 'person', titles: [], name, nameOffset: piece.text.length - length, context: 'titled' };
    }
  }
  return null;
}

/** Strips the adverbials between the last name and the verb (昨天, 2月28日下午, 在深圳, 应邀, 同志 …). */
function stripTail(lex: ExtractLexicon, segment: string): string {
  let current = segment;
  for (let guard = 0; guard < 8; guard++) {
    const m = lex.listTail.exec(current);
    if (!m || m[0].length === 0 || m.index === 0) break;
    current = current.slice(0, m.index);
  }
  return current;
}

/** Whether the text stands for people without naming them (有关部门负责同志, 领导小组成员). */
function namesGroup(lex: ExtractLexicon, text: string): boolean {
  return lex.unnamedGroups.some((group) => text.endsWith(group));
}

/**
 * 国务委员王勇，生态环境部、水利部负责同志到会: a group closing the list, with the bodies joined to it by 、, names no
 * one; the names before it are the list.
 */
function withoutClosingGroup(lex: ExtractLexicon, names: NameBook, pieces: Piece[]): Piece[] {
  const last = pieces.at(-1);
  // 杨洁篪和中央有关部门负责同志: a group joined to names is read with them (splitConjoined).
  if (pieces.length < 2 || !namesGroup(lex, last!.text) || CONJOINED.test(last!.text)) return pieces;
  let end = pieces.length - 1;
  while (end > 0 && pieces[end]!.separator === '、' && readPiece(lex, names, pieces[end - 1]!.text, 'listed')?.kind !== 'person') end--;
  return end > 0 && pieces[end]!.separator !== '、' ? pieces.slice(0, end) : pieces;
}

/**
 * Reads the participant list written before a role verb: `segment` is the text from the start of the clause to the
 * verb (市委书记、防控工作领导小组组长蔡奇 | 市委副书记、市长、防控工作领导小组副组长陈吉宁，市人大常委会主任李伟).
 * Items are separated by ，/、; each is titles + name, a bare name, or titles alone that go to the next name; a name
 * after 、 that follows a titled name shares its titles (全国政协副主席张庆黎、刘奇葆); 等 ends the list as partial.
 * The list is the longest run of readable pieces that ends at the verb. `offset` is added to the returned offsets.
 */
export function parseParticipantList(
  lex: ExtractLexicon,
  names: NameBook,
  segment: string,
  offset = 0,
): ParsedList {
  let text = segment;
  let complete = true;
  // …会议由李克强主持, 开幕式由…, 论坛由…, 會議改由新主席梁錦威主持, 《薪火相傳》由…林兆彬及…葉偉強主持: the list starts
  // after 由; 同副总统马沙蒂莱共同主持, 并与新加坡副总理张志贤共同主持 and 她昨日下午聯同…劉江華和…楊潤雄 after 同 or 与;
  // 会议听取了…史耀斌作的…报告 after 听取.
  const by = /(?:^|会议|会|式|坛|谈|晤|并|，|先|再|则|均|分别|交|》|」)改?由|^并?[同与](?=[\u4e00-\u9fff])|[联连]同|听取了?/u.exec(text);
  let base = offset;
  if (by) {
    base += by.index + by[0].length;
    text = text.slice(by.index + by[0].length);
  }
  if (PARTIAL_GROUP.test(text)) complete = false;
  const etc = text.search(PARTIAL_LIST);
  let counted: number | null = null;
  if (etc >= 0) {
    complete = false;
    counted = parseChineseNumeral(COUNT_AFTER_ETC.exec(text.slice(etc))?.[1] ?? '');
    // 何立峰，国家发展改革委、…、国管局等部门主要负责同志到会: the bodies before 等 belong to the group closing the list.
    const group = stripTail(lex, text.slice(etc + 1));
    const lastItem = splitPieces(text.slice(0, etc), 0).at(-1)?.text ?? '';
    const bodiesOfGroup =
      namesGroup(lex, group) && !/[，、]/u.test(group) && readPiece(lex, names, lastItem, 'listed')?.kind !== 'person';
    text = bodiesOfGroup ? `${text.slice(0, etc)}、${group}` : text.slice(0, etc);
  }
  text = stripTail(lex, text);
  const pieces = withoutClosingGroup(lex, names, splitPieces(text, base));
  const accepted: { piece: Piece; reading: Reading }[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const context: NameContext = i < pieces.length - 1 && pieces[i + 1]!.separator === '、' ? 'listed' : 'bare';
    const conjoined = splitConjoined(lex, names, piece);
    if (conjoined) {
      accepted.unshift(...conjoined);
      continue;
    }
    const reading =
      readPiece(lex, names, piece.text, context) ??
      affiliatedName(lex, names, piece.text) ??
      nameAmongNames(lex, names, pieces, i, accepted) ??
      (accepted.length === 0 ? knownNameAtEnd(names, piece) : null);
    if (!reading) break;
    accepted.unshift({ piece, reading });
  }
  const people: ListedPerson[] = [];
  const shared: string[] = [];
  let pending: string[] = [];
  let previousTitles: string[] | null = null;
  for (const { piece, reading } of accepted) {
    const ownShared = reading.titles.filter((t) => lex.sharedMarkers.some((m) => t.includes(m)));
    shared.push(...ownShared);
    if (reading.kind === 'title') {
      pending.push(...reading.titles);
      previousTitles = null;
      continue;
    }
    let titles = [...new Set([...pending, ...reading.titles])];
    if (titles.length === 0 && piece.separator === '、' && previousTitles) titles = [...previousTitles];
    pending = [];
    previousTitles = titles.length > 0 ? titles : null;
    const start = piece.start + reading.nameOffset;
    people.push({
      name: reading.name,
      titles,
      start,
      end: start + reading.name.length,
      titled: reading.context === 'titled' || titles.length > 0,
    });
  }
  if (shared.length > 0) {
    for (const person of people) for (const t of shared) if (!person.titles.includes(t)) person.titles.unshift(t);
  }
  // 周刚、李东、丰艳、郑元林、崔道虎、刘树伟等6位代表: 等 and a count that the names make up close the list.
  if (counted === people.length && !PARTIAL_GROUP.test(segment)) complete = true;
  return { people, complete };
}
