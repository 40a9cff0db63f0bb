import type { ArticleFacts, ParsedArticle } from '../types.js';
import { inferContext } from '../lexicon/context.js';
import { simplifiedText } from '../lexicon/text.js';
import { extractBodies, resolveBody } from './bodies.js';
import { extractPlaces } from './places.js';
import { extractLexicon, type ExtractLexicon } from './lexicon.js';
import { extractMeetings, type BodyResolver } from './meetings.js';
import { NameBook } from './names.js';
import { findPeople } from './people.js';
import { splitSentences } from './sentences.js';

export interface ExtractOptions {
  lexicon?: ExtractLexicon;
  /** Canonical body names for meeting bodies; defaults to the body lexicon, then to body surfaces by their endings. */
  resolveBody?: BodyResolver;
}

/** A body surface as the text gives it, when it ends like a body (see data/meetings.yaml `body_endings`). */
function bodyByEnding(lex: ExtractLexicon): BodyResolver {
  const data = lex.data.meetings as unknown as { body_endings: string[]; body_meeting_suffixes: string[] };
  return (surface) => {
    const name = data.body_meeting_suffixes.reduce((s, suffix) => (s.endsWith(suffix) ? s.slice(0, -suffix.length) : s), surface);
    return name.length >= 2 && data.body_endings.some((e) => name.endsWith(e)) ? name : null;
  };
}

/** The extract stage: the facts one parsed article states. */
export function extractFacts(article: ParsedArticle, options: ExtractOptions = {}): ArticleFacts {
  const lex = options.lexicon ?? extractLexicon();
  const names = new NameBook(lex);
  const simplified = simplifiedText(article);
  const sentences = splitSentences(simplified);
  const ctx = inferContext(article);
  const byEnding = bodyByEnding(lex);
  const resolve = options.resolveBody ?? ((surface: string) => resolveBody(surface, ctx)?.name ?? byEnding(surface));
  const { meetings, people: listed } = extractMeetings(
    lex,
    names,
    resolve,
    sentences,
    simplified,
    article.text,
    article.published,
    article.paragraphs.find((paragraph) => paragraph.kind === 'title')?.text.length ?? 0,
  );
  const spans = [...listed, ...findPeople(lex, names, simplified)];
  const staff = new Set(article.staff.map((s) => s.name));
  const people: string[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const name = article.text.slice(span.start, span.end);
    if (!people.includes(name) && !staff.has(name)) people.push(name);
  }
  return {
    article: article.article,
    published: article.published,
    outlet: article.outlet,
    origin: article.origin,
    staff: article.staff,
    meetings,
    people,
    bodies: extractBodies(article, ctx),
    places: extractPlaces(article, ctx),
  };
}
