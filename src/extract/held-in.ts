import type { PlaceMatch } from '../lexicon/place-matcher.js';
import type { Meeting } from '../types.js';
import { wordsSource, type ExtractLexicon } from './lexicon.js';
import { allMatches } from '../text/regexp.js';

interface HeldInPatterns {
  /** 在X(主持)召开: X is group 1. */
  phrase: RegExp;
  /** Venues, longest first, with the division each stands in. */
  venues: [string, string][];
}

const cache = new WeakMap<ExtractLexicon, HeldInPatterns>();

function patterns(lex: ExtractLexicon): HeldInPatterns {
  let p = cache.get(lex);
  if (!p) {
    const { verbs, between, venues } = lex.data.meetings.held_in;
    p = {
      phrase: new RegExp(`在([^，。；、“”]{1,24}?)${wordsSource(between)}*${wordsSource(verbs)}`, 'gu'),
      venues: Object.entries(venues).sort(([a], [b]) => b.length - a.length),
    };
    cache.set(lex, p);
  }
  return p;
}

/**
 * Where the text says a meeting was held: the first 在X召开 (data/meetings.yaml `held_in`) in a sentence reporting
 * it whose X starts with a place named in the article (`places`, matched on `simplified`) or with a known venue.
 * A place the text does not state (a district committee meeting in its own district) is not guessed.
 */
export function meetingPlace(lex: ExtractLexicon, meeting: Meeting, simplified: string, places: readonly PlaceMatch[]): string | null {
  const p = patterns(lex);
  for (const evidence of meeting.evidence ?? []) {
    for (const m of allMatches(p.phrase, simplified.slice(evidence.start, evidence.end))) {
      const at = evidence.start + m.index;
      // 在京 is matched whole (a verb before an abbreviation names the place: data/places.yaml).
      const place = places.find((match) => match.start === at + 1 || (match.start === at && match.end > at + 1));
      if (place) return place.path;
      const venue = p.venues.find(([name]) => m[1]!.startsWith(name));
      if (venue) return venue[1];
    }
  }
  return null;
}
