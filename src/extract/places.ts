import { activeLexicon } from '../lexicon/active.js';
import type { ArticleContext } from '../lexicon/context.js';
import { getGazetteer, type PlaceInfo } from '../lexicon/gazetteer.js';
import { matchPlaces } from '../lexicon/place-matcher.js';
import { simplifiedText } from '../lexicon/text.js';
import type { Evidence, ParsedArticle } from '../types.js';
import { sentenceAround } from '../lexicon/sentences.js';

export type { PlaceInfo, PlaceLevel } from '../lexicon/gazetteer.js';

/** One place named in the text, with where it was read. */
export interface PlaceMention {
  /** Full path (北京市朝阳区) or a foreign country's name. */
  path: string;
  /** The words as written in the article (朝阳, 京), in the article's own script. */
  surface: string;
  evidence: Evidence;
}

/** Every place mention of the article, in text order. */
export function findPlaceMentions(parsed: ParsedArticle, ctx: ArticleContext): PlaceMention[] {
  return matchPlaces(simplifiedText(parsed), ctx.jurisdiction).map((match) => ({
    path: match.path,
    surface: parsed.text.slice(match.start, match.end),
    evidence: sentenceAround(parsed.text, match.start, match.end),
  }));
}

/**
 * The places the article names, as full paths, each once, in order of first mention (ArticleFacts.places). A place
 * name inside a person's name (`people`: their spans in the text) names no place: 劉遵義 (遵义), 韩国瑜 (韩国).
 */
export function extractPlaces(
  parsed: ParsedArticle,
  ctx: ArticleContext,
  people: readonly { start: number; end: number }[] = [],
): string[] {
  const inName = (start: number, end: number) => people.some((person) => person.start <= start && end <= person.end);
  const named = matchPlaces(simplifiedText(parsed), ctx.jurisdiction).filter((match) => !inName(match.start, match.end));
  return [...new Set(named.map((match) => match.path))];
}

/** Name, level, GB/T 2260 code and parent of a place path (a division or a foreign country); null if unknown. */
export function placeInfo(path: string): PlaceInfo | null {
  const division = getGazetteer().byPath.get(path);
  if (division) return division;
  const countries = activeLexicon().countries;
  const isCountry = path in countries ? countries[path] === null : Object.values(countries).includes(path);
  return isCountry ? { name: path, path, level: 'country', code: null, parent: null } : null;
}

/** The division a body is based in, from the place its name starts with (北京市委 → 北京市, 朝阳区委 → 北京市朝阳区). */
export function bodyPlace(bodyName: string): string | null {
  const name = bodyName.replace(/^中共/, '');
  const matches = matchPlaces(name, null);
  const first = matches[0];
  if (!first || first.start !== 0) return null;
  return placeInfo(first.path)?.level === 'country' ? null : first.path;
}
