import { activeLexicon, compiledFromLexicon } from '../lexicon/active.js';
import { divisionOfLevelWord, type ArticleContext } from '../lexicon/context.js';
import { matchBodies, normalizedBodyKey, type BodySpan, type ResolvedBody } from '../lexicon/body-matcher.js';
import type { BodyKind } from '../lexicon/lexicon.js';
import { matchPlaces } from '../lexicon/place-matcher.js';
import { sentenceAround } from '../lexicon/sentences.js';
import { simplifiedText, simplifyKeepingOffsets } from '../lexicon/text.js';
import { normalizeName } from '../text/normalize.js';
import type { BodyMention, Evidence, ParsedArticle } from '../types.js';

export type { ResolvedBody } from '../lexicon/body-matcher.js';
export type { BodyKind } from '../lexicon/lexicon.js';

/** A body named in the article, all its surfaces merged, with the sentences it was read in. */
export interface BodyFinding extends BodyMention {
  kind: BodyKind;
  evidence: Evidence[];
}

/**
 * The canonical body a surface names in this context (市委 in Beijing → 北京市委), or null if it names none.
 * With the article in the context, a body the article names is named as the article's body list names it
 * (北京冠病疫情防控工作领导小组 → 北京新冠肺炎疫情防控工作领导小组, 全国政协十四届一次会议主席团 → 政协第十四届全国委员会第一次会议主席团
 * when the article writes the session in full).
 */
export function resolveBody(surface: string, ctx: ArticleContext): ResolvedBody | null {
  const text = simplifyKeepingOffsets(surface.trim());
  if (text.length === 0) return null;
  // A surface the article's own body list has is answered from it, without matching the surface again.
  const named = ctx.article ? articleBodies(ctx.article, ctx).get(normalizeName(text)) : undefined;
  if (named) return { name: named.name, kind: named.kind, aka: named.aka };
  const spans = matchBodies(text, ctx);
  const whole = spans.find((span) => span.start === 0 && span.end === text.length);
  if (!whole) return null;
  if (!ctx.article) return whole.body;
  const inArticle = articleBodies(ctx.article, ctx);
  const finding = inArticle.get(normalizeName(text)) ?? inArticle.get(normalizeName(whole.body.name));
  return finding ? { name: finding.name, kind: finding.kind, aka: finding.aka } : whole.body;
}

/** The article's bodies by every form of their names (normalized), for one jurisdiction. */
const bodyIndexes = new WeakMap<ParsedArticle, { jurisdiction: string | null; byForm: Map<string, BodyFinding> }>();

function articleBodies(parsed: ParsedArticle, ctx: ArticleContext): Map<string, BodyFinding> {
  const known = bodyIndexes.get(parsed);
  if (known && known.jurisdiction === ctx.jurisdiction) return known.byForm;
  const byForm = new Map<string, BodyFinding>();
  for (const finding of findBodies(parsed, ctx)) {
    for (const form of [finding.name, ...finding.aka]) {
      const key = normalizeName(form);
      if (!byForm.has(key)) byForm.set(key, finding);
    }
  }
  bodyIndexes.set(parsed, { jurisdiction: ctx.jurisdiction, byForm });
  return byForm;
}

/** The body a title is held in: 市委副书记 → 北京市委, 市长 → 北京市人民政府, 国家卫健委副主任 → 国家卫生健康委员会. */
export function bodyOfTitle(title: string, ctx: ArticleContext): ResolvedBody | null {
  const { titleEndings, levelTitles, levelWords, templates } = activeLexicon();
  const text = simplifyKeepingOffsets(title.trim());
  for (const [pattern, bodyName] of Object.entries(levelTitles)) {
    for (const levelWord of levelWords) {
      if (pattern.replace('{level}', levelWord) !== text) continue;
      const division = divisionOfLevelWord(levelWord, ctx);
      const template = templates.find((candidate) => candidate.name === bodyName);
      if (!division || !template) return null;
      return resolveBody(template.forms[0]!.replace('{place}', division.name), ctx);
    }
  }
  const ending = [...titleEndings]
    .sort((a, b) => b.length - a.length)
    .find((candidate) => text.endsWith(candidate) && text.length > candidate.length);
  return ending ? resolveBody(text.slice(0, -ending.length), ctx) : null;
}

/** Every body the article names, each once with its other surfaces as `aka` (ArticleFacts.bodies). */
export function extractBodies(parsed: ParsedArticle, ctx: ArticleContext): BodyMention[] {
  return findBodies(parsed, ctx).map(({ name, aka }) => ({ name, aka }));
}

/** `extractBodies` with each body's kind and evidence (computed once per article and jurisdiction). */
export function findBodies(parsed: ParsedArticle, ctx: ArticleContext): BodyFinding[] {
  const known = findings.get(parsed);
  if (known && known.jurisdiction === ctx.jurisdiction) return known.bodies;
  const bodies = groupBodies(parsed, ctx);
  findings.set(parsed, { jurisdiction: ctx.jurisdiction, bodies });
  return bodies;
}

const findings = new WeakMap<ParsedArticle, { jurisdiction: string | null; bodies: BodyFinding[] }>();

interface BodyGroup {
  key: string;
  finding: BodyFinding;
  /** Found only by a head noun or a bare level word: maybe a short form of a longer body of the article. */
  generic: boolean;
  /** A name that stands whatever the text writes: resolved from context or the table, or fixed by its pattern. */
  settledName: string | null;
  organOf: BodySpan['organOf'];
  surfaces: string[];
}

function groupBodies(parsed: ParsedArticle, ctx: ArticleContext): BodyFinding[] {
  const spans = matchBodies(simplifiedText(parsed), ctx);
  const groups: BodyGroup[] = [];
  const byKey = new Map<string, BodyGroup>();
  // An organ's span holds its session's (十二届全国人大一次会议主席团 names 十二届全国人大一次会议 too).
  const withSessions = spans.flatMap((span) =>
    span.organOf?.session.body.kind === 'session' ? [span, span.organOf.session] : [span],
  );
  for (const span of withSessions) {
    const key = bodyKey(span.body.name, ctx);
    let group = byKey.get(key);
    if (!group) {
      group = {
        key,
        generic: span.source === 'head' || (span.source === 'template' && span.body.aka.includes(span.surface)),
        settledName: null,
        organOf: span.organOf,
        surfaces: [],
        finding: { name: span.body.name, aka: [], kind: span.body.kind, evidence: [] },
      };
      // Copied by push into the literal: a spread copy of an empty list has another element kind, and V8 drops
      // the optimized code of the functions that read one (--trace-deopt, wrong map).
      group.finding.aka.push(...span.body.aka);
      byKey.set(key, group);
      groups.push(group);
    }
    if (group.settledName === null && (span.source === 'template' || span.source === 'table' || span.fixedName)) {
      group.settledName = span.body.name;
      for (const alias of [span.body.name, ...span.body.aka]) addAlias(group.finding, alias);
    }
    group.surfaces.push(parsed.text.slice(span.start, span.end));
    addSurface(group.finding, parsed, span);
  }
  // A short form found by its head noun (防控工作领导小组, 区疫情防控工作领导小组) is the longer body of
  // the article whose name ends the same way.
  const kept = groups.filter((group) => {
    if (!group.generic) return true;
    const rest = withoutPlace(group.key);
    // 新疆维吾尔自治区党委 names its own place: it is no short form of a 镇党委 that names another one.
    const place = group.key.slice(0, group.key.length - rest.length);
    const fuller = groups.find(
      (other) =>
        other !== group &&
        other.key.length > group.key.length &&
        (!other.key.includes('|') || other.key.startsWith(place)) &&
        withoutPlace(other.key).endsWith(rest),
    );
    if (!fuller) return true;
    for (const alias of [group.finding.name, ...group.finding.aka]) addAlias(fuller.finding, alias);
    fuller.finding.evidence.push(...group.finding.evidence);
    return false;
  });
  const names = new Map<BodyGroup, string>();
  for (const group of kept) names.set(group, articleName(group));
  // An organ of a session is named after the session as the article names it (…第一次会议主席团).
  for (const group of kept) {
    if (!group.organOf?.followsSession || group.settledName !== null) continue;
    const session = byKey.get(bodyKey(group.organOf.session.body.name, ctx));
    const sessionName = session && names.get(session);
    if (sessionName) names.set(group, sessionName + group.organOf.organ);
  }
  const bodies: BodyFinding[] = [];
  for (const group of kept) {
    const name = names.get(group)!;
    const aka = [group.finding.name, ...group.finding.aka, ...group.surfaces].filter((alias) => alias !== name);
    bodies.push({ ...group.finding, name, aka: [...new Set(aka)] });
  }
  return bodies;
}

/**
 * The most complete form: the settled name (市委 → 北京市委, a congress session in full), else the name
 * the text writes, else the longest form the text uses.
 */
function articleName(group: BodyGroup): string {
  if (group.settledName !== null) return group.settledName;
  const { name } = group.finding;
  if (group.surfaces.some((surface) => normalizeName(surface) === normalizeName(name))) return name;
  return group.surfaces.reduce((a, b) => (b.length > a.length ? b : a));
}

function addSurface(finding: BodyFinding, parsed: ParsedArticle, span: BodySpan): void {
  addAlias(finding, parsed.text.slice(span.start, span.end));
  const evidence = sentenceAround(parsed.text, span.start, span.end);
  if (!finding.evidence.some((known) => known.start === evidence.start)) finding.evidence.push(evidence);
}

function addAlias(finding: BodyMention, alias: string): void {
  if (alias !== finding.name && !finding.aka.includes(alias)) finding.aka.push(alias);
}

/** The name with synonyms folded and a leading place written as its full path. */
function bodyKey(name: string, ctx: ArticleContext): string {
  const memo = bodyKeys();
  const memoKey = `${ctx.jurisdiction ?? ''}\u0000${name}`;
  let key = memo.get(memoKey);
  if (key === undefined) {
    key = normalizedBodyKey(name);
    const place = matchPlaces(key, ctx.jurisdiction)[0];
    if (place && place.start === 0 && place.path.length <= 40) key = `${place.path}|${key.slice(place.end)}`;
    if (memo.size >= BODY_KEY_MEMO_LIMIT) memo.clear();
    memo.set(memoKey, key);
  }
  return key;
}

/** Body names recur across a corpus; the memo is emptied when full, so memory stays bounded. */
const BODY_KEY_MEMO_LIMIT = 50_000;
const bodyKeys = compiledFromLexicon(() => new Map<string, string>());

function withoutPlace(key: string): string {
  const bar = key.indexOf('|');
  return bar >= 0 ? key.slice(bar + 1) : key;
}
