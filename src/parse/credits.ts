import type { Staff, StaffRole } from '../types.js';
import { alternation, loadDataFile, stringList, stringMap } from './data.js';
import { allMatches } from '../text/regexp.js';

const credits = loadDataFile('credits.yaml');
const OUTLETS = new Set(stringList(credits, 'outlets'));
const OUTLET_ALIASES = stringMap(credits, 'outletAliases');
const OUTLET_SUFFIXES = stringList(credits, 'outletSuffixes');
const OUTLET_HOSTS = stringMap(credits, 'outletHosts');
const SOURCE_SUFFIXES = stringList(credits, 'sourceSuffixes').sort((a, b) => b.length - a.length);
const SOURCE_LABELS = stringList(credits, 'sourceLabels');
const SOURCE_PREFIXES = stringList(credits, 'sourcePrefixes').sort((a, b) => b.length - a.length);
const STAFF_LABELS = stringMap(credits, 'staffLabels') as Map<string, StaffRole>;
const OTHER_STAFF_LABELS = new Set(stringList(credits, 'otherStaffLabels'));
const WIRE_AGENCIES = stringList(credits, 'wireAgencies');
const REPORT_VERBS = stringList(credits, 'reportVerbs');
const SELF_REFERENCES = new Set(stringList(credits, 'selfReferences'));
const CREDITED_BODY_SUFFIXES = stringList(credits, 'creditedBodySuffixes');
const CREDIT_PREFIX = new RegExp(String.raw`^(?:${alternation(stringList(credits, 'creditPrefixes'))})\s*[：:／/]\s*`, 'u');

const HAN_NAME = String.raw`[\p{Script=Han}·•]{2,5}`;
// 梁斌 SF055, 祁梦竹 范俊生, 鄭靖而: names, then optional staff codes and a trailing 摄/报道
const NAMES = String.raw`(${HAN_NAME}(?:[\s、，,]+${HAN_NAME})*)(?:\s+[A-Za-z][A-Za-z0-9_-]*)*(?:\s*(?:摄|攝|报道|報道))?`;
const SOURCE_LINE = new RegExp(String.raw`^(?:${alternation(SOURCE_LABELS)})\s*[：:]?\s*(.+)$`, 'u');
const STAFF_LINE = new RegExp(
  String.raw`^([^\s：:，。,]{0,12}?)(${alternation([...STAFF_LABELS.keys()])})\s*[：:]?\s*${NAMES}$`,
  'u',
);
// 文章来自好奇心日报：<the original title>: the source, then a colon and the reposted article's title
const SOURCE_WITH_TITLE = new RegExp(String.raw`^((?:${alternation(SOURCE_LABELS)})\s*[^\s：:][^：:]*)[：:]`, 'u');
const SEGMENT_BREAK = new RegExp(
  String.raw`\s*[|｜]\s*|\s+(?=(?:${alternation([...SOURCE_LABELS, ...STAFF_LABELS.keys()])})\s*[：:])`,
  'u',
);
const WIRE_DATELINE = new RegExp(
  String.raw`^[（(【\[]?\s*(${alternation(WIRE_AGENCIES)})[\p{Script=Han}\s]{0,10}?(?:\d{1,2}月\d{1,2}日)?电(?:\s*[（(](?:记者|記者)\s*${NAMES}\s*[）)])?`,
  'u',
);
/** 本报讯（记者 张维）, 上证报中国证券网讯（记者 陈芳）: a news bureau's dateline with its reporters. */
const BUREAU_DATELINE = new RegExp(String.raw`^[（(【\[]?\s*([^\s，。、：:（(]{0,16}?)讯\s*[（(](?:记者|記者)\s*${NAMES}\s*[）)]`, 'u');
const NEWS_FLASH = /^([^\s，。：:（(]{2,10}?)消息\s*(?:[（(]([^）)]{2,10})[）)])?\s*[：:]/u;
const REPORTED_BY = new RegExp(
  String.raw`据\s*(《)?([^\s，。、；：:《》“”"（）()]{2,15}?)》?\s*(?:${alternation(REPORT_VERBS)})`,
  'gu',
);
/** 新華社當時報道, 中央社周四亦有報道: a wire service reporting, at the start of a clause (CLAUSE_OPENER before it). */
const AGENCY_REPORTED = new RegExp(
  String.raw`(${alternation(WIRE_AGENCIES)})[^，。、；：:]{0,6}?(?:${alternation(REPORT_VERBS)})`,
  'gu',
);
/**
 * What may stand right before a clause's first word. Tested after the agency is found: as the expression's first
 * item, this class (too large for irregexp to test inline) was tested at every position of every paragraph.
 */
const CLAUSE_OPENER = /[，。；：:\s「」“”（）()而另据據]/u;
const QUOTED_OUTLET = new RegExp(String.raw`《([^《》\s]{2,15})》\s*(?:${alternation(REPORT_VERBS)})`, 'gu');
const SOURCE_SEPARATORS = /[·・•、，,/／\s]+/u;

/** Credit lines are short; longer paragraphs are text and skip the credit patterns. */
const MAX_CREDIT_LINE = 100;

export interface Credits {
  origin: string[];
  staff: Staff[];
}

function canonicalOutlet(name: string): string {
  return OUTLET_ALIASES.get(name) ?? name;
}

/** Whether a name is a media outlet: listed, or ending like one (…日报, …新闻). */
export function isOutletName(name: string): boolean {
  const canonical = canonicalOutlet(name);
  return OUTLETS.has(canonical) || OUTLET_SUFFIXES.some((suffix) => canonical.endsWith(suffix) && canonical !== suffix);
}

/** A credited source without its trailing 微信公众号/公众号/客户端 and quotation marks. */
function cleanSource(name: string): string {
  let cleaned = name;
  for (const prefix of SOURCE_PREFIXES) {
    if (cleaned.startsWith(prefix) && cleaned.length > prefix.length) {
      cleaned = cleaned.slice(prefix.length);
      break;
    }
  }
  cleaned = cleaned.replace(/^[《「“"]+|[》」”"]+$/g, '').trim();
  for (const suffix of SOURCE_SUFFIXES) {
    if (cleaned.endsWith(suffix) && cleaned.length > suffix.length) {
      cleaned = cleaned.slice(0, -suffix.length);
      break;
    }
  }
  return canonicalOutlet(cleaned);
}

/** Splits 总台央视 into known outlets (总台, 央视), longest first; unknown rests (台灣, 本报) are left out. */
function knownOutletsIn(prefix: string): string[] {
  const found: string[] = [];
  let rest = prefix;
  while (rest.length > 0) {
    let match = '';
    for (let length = rest.length; length >= 2; length--) {
      const candidate = rest.slice(0, length);
      if (OUTLETS.has(candidate) || OUTLET_ALIASES.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      found.push(canonicalOutlet(match));
      rest = rest.slice(match.length);
    } else {
      rest = rest.slice(1);
    }
  }
  return found;
}

function splitNames(names: string): string[] {
  return names.split(/[\s、，,]+/u).filter((name) => name !== '');
}

/** The names of a staff line in their roles: a label among them (记者 苑苏文 实习记者 覃建行, …校对 陈荻雁) starts the next. */
function staffNamed(firstRole: StaffRole, names: string): Staff[] {
  const staff: Staff[] = [];
  let role: StaffRole | null = firstRole;
  for (const name of splitNames(names)) {
    if (STAFF_LABELS.has(name)) role = STAFF_LABELS.get(name)!;
    else if (OTHER_STAFF_LABELS.has(name)) role = null;
    else if (role !== null) staff.push({ name, role });
  }
  return staff;
}

function segmentCredits(segment: string): Credits | null {
  const staffMatch = STAFF_LINE.exec(segment.replace(CREDIT_PREFIX, ''));
  if (staffMatch) {
    return { origin: knownOutletsIn(staffMatch[1]!), staff: staffNamed(STAFF_LABELS.get(staffMatch[2]!)!, staffMatch[3]!) };
  }
  const sourceMatch = SOURCE_LINE.exec(segment);
  // (ID：xungenhanwen) is an account id, not a source
  const sources = sourceMatch?.[1]!.replace(/[（(][^）)]*[）)]?/gu, '');
  if (sources !== undefined && !/[。？！?!]/u.test(sources) && sources.length <= 40) {
    const origin = creditedSources(sources).filter(isSourceName);
    return origin.length > 0 ? { origin, staff: [] } : null;
  }
  return null;
}

/** An account named in corner brackets: 订阅号「冠一说」, 【财新网】, 微信「土逗公社」和「削美丽」. */
const BRACKETED_SOURCE = /[「『【]([^「」『』【】]+)[」』】]/gu;
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s~()（）\]]+/u;

/**
 * The sources a credit line names: the accounts in corner brackets when there are any (whatever platform words
 * surround them), else the site of a web address, else the line split at separators.
 */
function creditedSources(sources: string): string[] {
  const bracketed = allMatches(BRACKETED_SOURCE, sources).flatMap((match) => match[1]!.split(SOURCE_SEPARATORS).map(cleanSource));
  if (bracketed.length > 0) return bracketed;
  const address = WEB_ADDRESS.exec(sources)?.[0];
  if (address !== undefined) {
    const url = address.startsWith('www.') ? `https://${address}` : address;
    const site = outletFromUrl(url) ?? siteOf(url);
    return site === null ? [] : [site];
  }
  return sources.split(SOURCE_SEPARATORS).map((name) => cleanSource(name.replace(/等$/u, '')));
}

/** The host of a web address without its www.: douban.com. */
function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}

/** Not a source: punctuation, a lone character (网 络), a platform word alone (公号), the publisher itself (本报). */
function isSourceName(name: string): boolean {
  return (
    name.length >= 2 &&
    /[\p{L}\p{N}]/u.test(name) &&
    !SELF_REFERENCES.has(name) &&
    !SOURCE_PREFIXES.includes(name) &&
    !SOURCE_SUFFIXES.includes(name)
  );
}

/**
 * The credits of a paragraph that is wholly a credit line (来源：北京日报·识政; 责任编辑：梁斌 SF055;
 * 来源：识政微信公众号 | 记者 祁梦竹 范俊生; （总台央视记者 徐宁宁 杨毅）), or null when it is text.
 */
export function creditLine(paragraph: string): Credits | null {
  if (paragraph.length > MAX_CREDIT_LINE) return null;
  const bracketed = /^[（(【\[](.*)[）)】\]]$/u.exec(paragraph)?.[1] ?? paragraph;
  const inner = SOURCE_WITH_TITLE.exec(bracketed)?.[1] ?? bracketed;
  const segments = inner.trim().split(SEGMENT_BREAK).filter((segment) => segment !== '');
  if (segments.length === 0) return null;
  const found: Credits = { origin: [], staff: [] };
  for (const segment of segments) {
    const credits = segmentCredits(segment);
    if (!credits) return null;
    found.origin.push(...credits.origin);
    found.staff.push(...credits.staff);
  }
  return found;
}

function isCreditedSource(name: string, quoted: boolean): boolean {
  if (SELF_REFERENCES.has(name)) return false;
  return quoted || isOutletName(name) || CREDITED_BODY_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/**
 * Sources credited inside running text, which stays text: a wire dateline (新华社北京1月6日电, with its
 * reporters), a flash line (央视网消息（新闻联播）：), 据《北京日报》报道, 据国家统计局消息, 《蘋果日報》揭發.
 */
export function textCredits(paragraph: string): Credits {
  const found = datelineCredits(paragraph);
  const flash = paragraph.includes('消息') ? NEWS_FLASH.exec(paragraph) : null;
  if (flash && isCreditedSource(flash[1]!, false)) {
    found.origin.push(canonicalOutlet(flash[1]!));
    if (flash[2]) found.origin.push(cleanSource(flash[2]));
  }
  AGENCY_REPORTED.lastIndex = 0;
  for (let match = AGENCY_REPORTED.exec(paragraph); match !== null; match = AGENCY_REPORTED.exec(paragraph)) {
    if (match.index === 0 || CLAUSE_OPENER.test(paragraph[match.index - 1]!)) found.origin.push(canonicalOutlet(match[1]!));
    // Not at a clause's start: the search goes on right after where the agency's name started, as it would have.
    else AGENCY_REPORTED.lastIndex = match.index + 1;
  }
  if (!paragraph.includes('据') && !paragraph.includes('《')) return found;
  for (const match of allMatches(REPORTED_BY, paragraph)) {
    const name = cleanSource(match[2]!);
    if (isCreditedSource(name, match[1] !== undefined)) found.origin.push(name);
  }
  for (const match of allMatches(QUOTED_OUTLET, paragraph)) {
    const name = cleanSource(match[1]!);
    if (isOutletName(name) && !paragraph.slice(Math.max(0, match.index - 2), match.index).includes('据')) {
      found.origin.push(name);
    }
  }
  return found;
}

/**
 * The credits of a dateline opening a paragraph: a wire's (新华社上海3月22日电（记者有之炘 赵逸赫）) or a news bureau's
 * (本报讯（记者 张维）); known outlets in the bureau's name are sources.
 */
export function datelineCredits(paragraph: string): Credits {
  const found: Credits = { origin: [], staff: [] };
  const reporters = (names: string | undefined) => splitNames(names ?? '').map((name) => ({ name, role: 'reporter' as const }));
  const wire = paragraph.includes('电') ? WIRE_DATELINE.exec(paragraph) : null;
  if (wire) {
    found.origin.push(canonicalOutlet(wire[1]!));
    found.staff.push(...reporters(wire[2]));
  }
  const bureau = !wire && paragraph.includes('讯') ? BUREAU_DATELINE.exec(paragraph) : null;
  if (bureau) {
    found.origin.push(...knownOutletsIn(bureau[1]!));
    found.staff.push(...reporters(bureau[2]));
  }
  return found;
}

const COMMENT_CREDIT_HINT = new RegExp(alternation([...SOURCE_LABELS, ...STAFF_LABELS.keys()]), 'u');

/** Whether an HTML comment may hold credit lines (`<!--article_adlist[<p>来源：… | 记者 …</p>]article_adlist-->`). */
export function mayHoldCredits(comment: string): boolean {
  return COMMENT_CREDIT_HINT.test(comment);
}

/** The outlet named by a front-matter value (author, source, site …): 新浪财经 - 新浪财经－国內 → 新浪财经. */
export function outletFromName(value: string): string | null {
  for (const part of value.split(/\s+-\s+/u)) {
    const name = canonicalOutlet(part.trim());
    if (name && isOutletName(name) && !STAFF_LINE.test(name)) return name;
  }
  return null;
}

/** The outlet of a web address, from its host (archive.org copies are read through to the original address). */
export function outletFromUrl(url: string): string | null {
  const original = url.replace(/^https?:\/\/web\.archive\.org\/web\/[^/]+\//u, '');
  let host: string;
  try {
    host = new URL(original).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    const outlet = OUTLET_HOSTS.get(domain);
    if (outlet) return outlet;
  }
  return null;
}

/** Journalists named by a front-matter author value (記者鄭靖而 → reporter 鄭靖而; 眾新聞記者 → none). */
export function staffFromName(value: string): Staff[] {
  return creditLine(value.trim())?.staff ?? [];
}
