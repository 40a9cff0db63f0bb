import { compiledFromLexicon } from './active.js';
import { getGazetteer, type PlaceInfo } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { Trie, type TrieMatch } from './trie.js';

/**
 * Finding places in text: one trie over every official name, derived short form, abbreviation word,
 * compound, foreign country and not-a-place word, then resolution of each match against the article's
 * context (its jurisdiction and the places it names unambiguously).
 */

interface Candidate {
  info: PlaceInfo;
  /** Only counts when the context points to it (a county's short form, a 2-character name, a common word). */
  weak: boolean;
}

interface PlaceToken {
  candidates: Candidate[];
  /** A word naming several places at once (京津冀): all of them count. */
  all: boolean;
  /** Every place it names counts only in context (同德, a county); set once the trie is built. */
  weak?: boolean;
  /** It names foreign countries only (德国); set once the trie is built. */
  country?: boolean;
}

export interface PlaceMatch {
  start: number;
  end: number;
  surface: string;
  path: string;
}

const LEVEL_RANK: Record<PlaceInfo['level'], number> = { country: 0, province: 0, city: 1, county: 2 };

function countryInfo(name: string): PlaceInfo {
  return { name, path: name, level: 'country', code: null, parent: null };
}

function buildPlaceTrie(lexicon: Lexicon): Trie<PlaceToken> {
  const gazetteer = getGazetteer();
  const needsContext = new Set(lexicon.needsContext);
  const notPlaces = new Set(lexicon.notPlaces);
  const tokens = new Map<string, PlaceToken>();
  const tokenFor = (key: string): PlaceToken => {
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = { candidates: [], all: false }));
    return token;
  };
  const addCandidate = (key: string, info: PlaceInfo, weak: boolean) => {
    const token = tokenFor(key);
    if (!token.candidates.some((candidate) => candidate.info.path === info.path)) token.candidates.push({ info, weak });
  };

  for (const [name, infos] of gazetteer.byName) {
    for (const info of infos) addCandidate(name, info, name.length <= 2 || needsContext.has(name));
  }
  for (const [short, infos] of gazetteer.byShortForm) {
    for (const info of infos) addCandidate(short, info, info.level === 'county' || needsContext.has(short));
  }
  for (const [short, path] of Object.entries(lexicon.shortForms)) {
    const info = path === null ? undefined : gazetteer.byPath.get(path);
    if (info) addCandidate(short, info, false);
    else tokens.set(short, { candidates: [], all: false });
  }
  for (const [abbreviation, path] of Object.entries(lexicon.abbreviations)) {
    const info = gazetteer.byPath.get(path);
    if (!info) continue;
    for (const verb of lexicon.abbreviationVerbs) addCandidate(verb + abbreviation, info, false);
  }
  for (const [word, paths] of Object.entries(lexicon.compounds)) {
    const token: PlaceToken = { candidates: [], all: true };
    for (const path of paths) {
      const info = gazetteer.byPath.get(path) ?? (path in lexicon.countries ? countryInfo(path) : undefined);
      if (info) token.candidates.push({ info, weak: false });
    }
    tokens.set(word, token);
  }
  for (const [word, name] of Object.entries(lexicon.countries)) {
    tokens.set(word, { candidates: [{ info: countryInfo(name ?? word), weak: false }], all: false });
  }
  for (const word of notPlaces) tokens.set(word, { candidates: [], all: false });

  const trie = new Trie<PlaceToken>();
  for (const [key, token] of tokens) {
    const named = token.candidates.length > 0;
    token.weak = named && token.candidates.every((candidate) => candidate.weak);
    token.country = named && token.candidates.every((candidate) => candidate.info.level === 'country');
    trie.add(key, token);
  }
  return trie;
}

const placeTrie = compiledFromLexicon(buildPlaceTrie);

/**
 * One article's text is matched by context inference, body templates and place extraction, with one or
 * two jurisdictions: the scan and each resolution are kept for the last few texts (compared by identity
 * first, so a hit costs no string comparison), and cleared when the lexicon changes.
 */
const RECENT_TEXTS = 16;
/** Shorter texts (a body's name, a title) are matched afresh: cheap, and they would evict the articles. */
const CACHED_TEXT_LENGTH = 64;
interface TextMatches {
  raw: TrieMatch<PlaceToken>[];
  resolved: Map<string | null, PlaceMatch[]>;
}
const recentMatches = compiledFromLexicon(() => new Map<string, TextMatches>());

function matchesOf(text: string): TextMatches {
  if (text.length < CACHED_TEXT_LENGTH) return { raw: scanPlaces(text), resolved: new Map() };
  const recent = recentMatches();
  let entry = recent.get(text);
  if (!entry) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    entry = { raw: scanPlaces(text), resolved: new Map() };
    recent.set(text, entry);
  }
  return entry;
}

function scanPlaces(text: string): TrieMatch<PlaceToken>[] {
  const trie = placeTrie();
  const matches: TrieMatch<PlaceToken>[] = [];
  let covered = 0;
  for (const match of trie.scan(text)) {
    if (match.start < covered) continue;
    // 应约同德国总理: a name that counts only in context (同德, a county) gives way to a country it runs into (德国).
    const next = match.values[0]!.weak ? trie.longestAt(text, match.start + 1) : null;
    const kept = next && next.end > match.end && next.values[0]!.country ? next : match;
    covered = kept.end;
    if (kept.values[0]!.candidates.length > 0) matches.push(kept);
  }
  return matches;
}

/**
 * Every place named in `text` (Simplified script), resolved to a full path.
 * `jurisdiction` is the article's own division, when known; it decides ambiguous and weak names.
 * Consecutive names forming one path (吉林省长春市朝阳区) are one mention of the deepest place.
 * The result is shared between callers: do not modify it.
 */
export function matchPlaces(text: string, jurisdiction: string | null): readonly PlaceMatch[] {
  const entry = matchesOf(text);
  let matches = entry.resolved.get(jurisdiction);
  if (!matches) {
    matches = resolvePlaces(text, entry.raw, jurisdiction);
    entry.resolved.set(jurisdiction, matches);
  }
  return matches;
}

function resolvePlaces(text: string, raw: TrieMatch<PlaceToken>[], jurisdiction: string | null): PlaceMatch[] {
  const gazetteer = getGazetteer();
  const anchors = new Set<string>();
  const anchor = (path: string) => {
    for (const info of gazetteer.ancestry(path)) anchors.add(info.path);
  };
  if (jurisdiction) anchor(jurisdiction);
  for (const match of raw) {
    const candidates = match.values[0]!.candidates;
    if (candidates.length === 1 && !candidates[0]!.weak) anchor(candidates[0]!.info.path);
  }

  const matches: PlaceMatch[] = [];
  let previous: { match: PlaceMatch; info: PlaceInfo } | null = null;
  for (const match of raw) {
    const token = match.values[0]!;
    const surface = text.slice(match.start, match.end);
    if (token.all) {
      for (const candidate of token.candidates) {
        matches.push({ start: match.start, end: match.end, surface, path: candidate.info.path });
      }
      previous = null;
      continue;
    }
    const chainParent = previous && previous.match.end === match.start ? previous.info.path : null;
    const chosen = choose(token.candidates, anchors, chainParent);
    if (!chosen) {
      previous = null;
      continue;
    }
    const placeMatch: PlaceMatch = { start: match.start, end: match.end, surface, path: chosen.path };
    if (chainParent && chosen.parent !== null && gazetteer.within(chosen.path, chainParent)) {
      // 长春市 + 朝阳区: one mention of the deeper place, spanning both.
      const parentMatch = matches.pop()!;
      placeMatch.start = parentMatch.start;
      placeMatch.surface = text.slice(placeMatch.start, placeMatch.end);
    }
    matches.push(placeMatch);
    previous = { match: placeMatch, info: chosen };
  }
  return matches;
}

/**
 * A weak name needs its own division or its parent named in the context. Ranking: continuing a chain
 * (长春市朝阳区), then the number of named ancestors (朝阳区 in an article naming 吉林省 is Changchun's),
 * then the higher level (a city over a county of the same short name), then the lower division code:
 * with no context at all, 朝阳区 is Beijing's (110105), not Changchun's (220104).
 */
function choose(candidates: Candidate[], anchors: Set<string>, chainParent: string | null): PlaceInfo | null {
  const gazetteer = getGazetteer();
  let best: PlaceInfo | null = null;
  let bestScore = -1;
  for (const { info, weak } of candidates) {
    const continuesChain = chainParent !== null && gazetteer.within(info.path, chainParent);
    if (weak && !continuesChain && !anchors.has(info.path) && !(info.parent !== null && anchors.has(info.parent))) continue;
    let score = continuesChain ? 10 : 0;
    for (const ancestor of gazetteer.ancestry(info.path)) if (anchors.has(ancestor.path)) score++;
    if (
      best === null ||
      score > bestScore ||
      (score === bestScore &&
        (LEVEL_RANK[info.level] - LEVEL_RANK[best.level] || (info.code ?? '').localeCompare(best.code ?? '')) < 0)
    ) {
      best = info;
      bestScore = score;
    }
  }
  return best;
}
