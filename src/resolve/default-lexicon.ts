import { bodyOfTitle, resolveBody } from '../extract/bodies.js';
import { bodyPlace, placeInfo } from '../extract/places.js';
import { inferContext } from '../lexicon/context.js';
import type { ParsedArticle } from '../types.js';
import type { Lexicon } from './lexicon.js';

/**
 * huiyi's own lexicon (data/bodies.yaml, data/places.yaml and the gazetteer) behind the resolve stage's interface.
 * Answers are memoized: the same surfaces recur in every article of a corpus.
 */
export function defaultLexicon(): Lexicon {
  const memo = <T>(compute: (...keys: string[]) => T): ((...keys: string[]) => T) => {
    const answers = new Map<string, T>();
    return (...keys) => {
      const key = keys.join('\u0000');
      if (!answers.has(key)) answers.set(key, compute(...keys));
      return answers.get(key)!;
    };
  };
  const resolve = memo((surface, jurisdiction) => resolveBody(surface, { jurisdiction: jurisdiction || null }));
  const ofTitle = memo((title, jurisdiction) => bodyOfTitle(title, { jurisdiction: jurisdiction || null }));
  const place = memo((path) => placeInfo(path));
  const based = memo((name) => bodyPlace(name));
  return {
    resolveBody: (surface, context) => resolve(surface, context.jurisdiction ?? ''),
    bodyOfTitle: (title, context) => ofTitle(title, context.jurisdiction ?? ''),
    placeInfo: (path) => place(path),
    bodyPlace: (name) => based(name),
  };
}

/** The article's jurisdiction as the lexicon infers it from its text and credits. */
export function articleJurisdiction(parsed: ParsedArticle): string | null {
  return inferContext(parsed).jurisdiction;
}
