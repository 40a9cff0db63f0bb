import * as OpenCC from 'opencc-js';

/**
 * Shared text normalization: every stage that compares or hashes Chinese strings goes through here,
 * so that "the same name" means the same thing in extraction, merging and evaluation.
 */

type Convert = (text: string) => string;

let traditionalToSimplified: Convert | undefined;
let standardTraditionalToSimplified: Convert | undefined;

/**
 * Folds Traditional characters to Simplified.
 *
 * The converter is OpenCC's `hk2s` (`from: 'hk'`): Hong Kong variant forms are first mapped to OpenCC's
 * standard Traditional, then `t2s` applies. Plain `t2s` leaves Hong Kong forms such as 衞, 枱, 敍 untouched,
 * so 衞生署 would never equal 卫生署 and an article from a Hong Kong archive could not be reported in
 * Simplified script. On Simplified text both converters give the same output.
 * The result can be longer in UTF-16 units than the input: a few characters map to astral ones (嗰 → 𠮶),
 * so offsets found in the result are not always offsets into the input.
 * Building the converter takes tens of milliseconds, so it is built on first use, once.
 */
export function toSimplified(text: string): string {
  traditionalToSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return traditionalToSimplified(text);
}

/**
 * White space, plus the zero-width characters web pages leave inside names; `\s` already covers
 * U+FEFF but not the zero-width space and joiners, which are just as invisible to a reader.
 */
const INVISIBLE_SPACE = /[\s\u200B-\u200D\u2060]+/gu;

/**
 * Text as compared for identity, script untouched: Unicode NFKC (full-width Latin and digits to
 * half-width, compatibility ideographs to unified ones) with all white space removed.
 * Cheap enough to hash whole articles with, which is what duplicate detection needs.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE_SPACE, '');
}

/**
 * Names recur across a corpus (every 蔡奇, every 市委书记), and script conversion of a short string costs
 * far more than a map lookup. Emptied when full, so memory stays bounded on any corpus.
 */
const NAME_CACHE_LIMIT = 100_000;
const normalizedNames = new Map<string, string>();

/**
 * A name (person, title, body, place, outlet) as compared across articles and against gold:
 * `normalizeText`, then folded to Simplified script.
 */
export function normalizeName(name: string): string {
  const cached = normalizedNames.get(name);
  if (cached !== undefined) return cached;
  const normalized = toSimplified(normalizeText(name));
  if (normalizedNames.size >= NAME_CACHE_LIMIT) normalizedNames.clear();
  normalizedNames.set(name, normalized);
  return normalized;
}

const scoredNames = new Map<string, string>();

/**
 * A name as `huiyi eval` compares it, by FORMAT.md's rule to the letter: NFKC, white space removed, OpenCC `t2s`.
 * Deliberately not `normalizeName`: its `hk2s` folds Hong Kong variants (衞 → 卫) that `t2s` keeps, and scoring
 * must be no more lenient than the published rule, so that huiyi's own figures are the ones others measure.
 */
export function normalizeForScoring(name: string): string {
  const cached = scoredNames.get(name);
  if (cached !== undefined) return cached;
  standardTraditionalToSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const normalized = standardTraditionalToSimplified(normalizeText(name));
  if (scoredNames.size >= NAME_CACHE_LIMIT) scoredNames.clear();
  scoredNames.set(name, normalized);
  return normalized;
}
