import type { ParsedArticle } from '../../src/types.js';
import { parsedArticle } from '../support/parsed-article.js';

/** A parsed article made of a title and body paragraphs, crediting `origin`. */
export function articleOf(title: string, body: string[], origin: string[] = []): ParsedArticle {
  return parsedArticle(title, body, { origin });
}
