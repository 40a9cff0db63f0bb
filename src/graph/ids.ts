/**
 * Stable node ids: readable, derived from canonical content only, so the same entity gets the same id in every run
 * and every export (the Neo4j export MERGEs on them).
 *
 * - `article:<first 16 hex digits of contentHash>` — the same text stored twice is one article
 * - `outlet:<name>`
 * - `person:<name>` or `person:<name>@<jurisdiction path>` when the name must be told apart by jurisdiction;
 *   `person:<name>/<outlet>` for an editor or reporter credited by an outlet (kept apart from officials of one name)
 * - `body:<canonical name>`
 * - `place:<division code>` when the gazetteer knows it, else `place:<full path>`
 * - `meeting:<body>#<session>`, `meeting:<body>@<date>`, `meeting:@<date>~<chairs>` (no convening body),
 *   or `meeting:<article hash>/<n>` when nothing identifies it beyond its article
 * Names are normalized (NFKC, no white space, Simplified script) before they enter an id.
 */
import { normalizeName } from '../text/normalize.js';

const ARTICLE_HASH_DIGITS = 16;

export function articleId(contentHash: string): string {
  return `article:${contentHash.slice(0, ARTICLE_HASH_DIGITS)}`;
}

export function outletId(name: string): string {
  return `outlet:${normalizeName(name)}`;
}

export function personId(name: string, jurisdiction: string | null): string {
  const base = `person:${normalizeName(name)}`;
  return jurisdiction ? `${base}@${jurisdiction}` : base;
}

/** Journalists are known by name and outlet only: never the same node as an official of the same name. */
export function staffPersonId(name: string, outlet: string | null): string {
  return `person:${normalizeName(name)}/${outlet === null ? 'staff' : normalizeName(outlet)}`;
}

export function bodyId(canonicalName: string): string {
  return `body:${normalizeName(canonicalName)}`;
}

export function placeId(path: string, code: string | null): string {
  return code ? `place:${code}` : `place:${normalizeName(path)}`;
}

export function sessionMeetingKey(bodyCanonicalName: string, session: number): string {
  return `meeting:${normalizeName(bodyCanonicalName)}#${session}`;
}

export function dateMeetingKey(bodyCanonicalName: string, date: string): string {
  return `meeting:${normalizeName(bodyCanonicalName)}@${date}`;
}

export function chairedMeetingKey(date: string, chairs: string[]): string {
  return `meeting:@${date}~${chairs.map(normalizeName).sort().join('、')}`;
}

export function articleMeetingKey(contentHash: string, index: number): string {
  return `meeting:${contentHash.slice(0, ARTICLE_HASH_DIGITS)}/${index + 1}`;
}
