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
 * Simplified script, character for character, so offsets stay valid. Each distinct code unit goes
 * through OpenCC once and its image is kept in a table: converting whole texts through OpenCC costs
 * several milliseconds per article, and matching needs no phrase-level conversion. Text with no
 * character that conversion changes (most articles) is returned as is, without a copy.
 */
const UNKNOWN = 0;
const simplifiedUnit = new Uint16Array(0x10000);
/** Below this, no character has a Traditional form (Latin, punctuation, kana …). */
const FIRST_HAN_UNIT = 0x2e80;
/** Surrogates stand for astral characters, which are left as they are. */
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

function simplifiedOf(unit: number): number {
  let simplified = simplifiedUnit[unit]!;
  if (simplified === UNKNOWN) {
    const converted = toSimplified(String.fromCharCode(unit));
    simplified = converted.length === 1 ? converted.charCodeAt(0) : unit;
    simplifiedUnit[unit] = simplified;
  }
  return simplified;
}

export function simplifyKeepingOffsets(text: string): string {
  const first = firstChangedUnit(text);
  return first < 0 ? text : simplifyFrom(text, first);
}

/** Where the first character that conversion changes stands, or -1. */
function firstChangedUnit(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_HAN_UNIT || isSurrogate(unit)) continue;
    if (simplifiedOf(unit) !== unit) return i;
  }
  return -1;
}

/**
 * The text converted from `first` on. Apart from the scan above, which every text takes: V8 compiled the scan for
 * Simplified texts and dropped that code at each Traditional one, dozens of times a corpus.
 */
function simplifyFrom(text: string, first: number): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units[i] = i < first || unit < FIRST_HAN_UNIT || isSurrogate(unit) ? unit : simplifiedOf(unit);
  }
  // UTF-16LE bytes decode to exactly these code units (lone surrogates included), without building the string
  // from argument lists.
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}
