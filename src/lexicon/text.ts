import { toSimplified } from '../text/normalize.js';
import type { ParsedArticle } from '../types.js';

/**
 * The article's text in Simplified script with the same length, so every offset found in it is an
 * offset into `ParsedArticle.text`. Cached per article: bodies, places and context all match on it.
 */
const cache = new WeakMap<ParsedArticle, string>();

export function simplifiedText(parsed: ParsedArticle): string {
  let simplified = cache.get(parsed);
  if (simplified === undefined) {
    simplified = simplifyKeepingOffsets(parsed.text);
    cache.set(parsed, simplified);
  }
  return simplified;
}

/**
 * Simplified script, character for character, so offsets stay valid. Each distinct character goes
 * through OpenCC once and is remembered: converting whole texts through OpenCC costs several
 * milliseconds per article, and matching needs no phrase-level conversion.
 */
const simplifiedChar = new Map<string, string>();

export function simplifyKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char.charCodeAt(0) < 0x2e80) {
      out += char;
      continue;
    }
    let simplified = simplifiedChar.get(char);
    if (simplified === undefined) {
      const converted = toSimplified(char);
      simplified = converted.length === 1 ? converted : char;
      simplifiedChar.set(char, simplified);
    }
    out += simplified;
  }
  return out;
}
