import type { ArticleFacts, ParsedArticle } from '../types.js';

/** The extract stage: the facts one parsed article states. */
export function extractFacts(article: ParsedArticle): ArticleFacts {
  return {
    article: article.article,
    published: article.published,
    outlet: article.outlet,
    origin: article.origin,
    staff: article.staff,
    meetings: [],
    people: [],
    bodies: [],
    places: [],
  };
}
