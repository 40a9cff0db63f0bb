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

/** The canonical body a surface names in this context (市委 in Beijing → 北京市委), or null if it names none. */
export function resolveBody(surface: string, ctx: ArticleContext): ResolvedBody | null {
  const text = simplifyKeepingOffsets(surface.trim());
  if (text.length === 0) return null;
  const spans = matchBodies(text, ctx);
  const whole = spans.find((span) => span.start === 0 && span.end === text.length);
  return whole ? whole.body : null;
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

/** `extractBodies` with each body's kind and evidence. */
export function findBodies(parsed: ParsedArticle, ctx: ArticleContext): BodyFinding[] {
  const spans = matchBodies(simplifiedText(parsed), ctx);
  const groups: { key: string; findings: BodyFinding; generic: boolean; resolved: boolean; table: boolean; surfaces: string[] }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const span of spans) {
    const key = bodyKey(span.body.name, ctx);
    let group = byKey.get(key);
    if (!group) {
      group = {
        key,
        generic: span.source === 'head' || (span.source === 'template' && span.body.aka.includes(span.surface)),
        resolved: span.source === 'template',
        table: span.source === 'table',
        surfaces: [],
        findings: { name: span.body.name, aka: [...span.body.aka], kind: span.body.kind, evidence: [] },
      };
      byKey.set(key, group);
      groups.push(group);
    }
    group.surfaces.push(parsed.text.slice(span.start, span.end));
    addSurface(group.findings, parsed, span);
  }
  // A short form found by its head noun (防控工作领导小组, 区疫情防控工作领导小组) is the longer body of
  // the article whose name ends the same way.
  const kept = groups.filter((group) => {
    if (!group.generic) return true;
    const rest = withoutPlace(group.key);
    const fuller = groups.find(
      (other) => other !== group && other.key.length > group.key.length && withoutPlace(other.key).endsWith(rest),
    );
    if (!fuller) return true;
    for (const alias of [group.findings.name, ...group.findings.aka]) addAlias(fuller.findings, alias);
    fuller.findings.evidence.push(...group.findings.evidence);
    return false;
  });
  return kept.map((group) => {
    // The name is the most complete form: the one the context or the table resolves (市委 → 北京市委),
    // else (a body found by its head noun or a session pattern) the longest form the text uses.
    const { findings } = group;
    if (group.resolved || group.table || group.surfaces.some((surface) => normalizeName(surface) === normalizeName(findings.name))) {
      return findings;
    }
    const longest = group.surfaces.reduce((a, b) => (b.length > a.length ? b : a));
    const aka = [findings.name, ...findings.aka].filter((alias) => alias !== longest);
    return { ...findings, name: longest, aka: [...new Set(aka)] };
  });
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
