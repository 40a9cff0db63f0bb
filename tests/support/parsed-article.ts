import type { ParsedArticle } from '../../src/types.js';

/**
 * A parsed article made of a title and body paragraphs, with offsets as the parse stage gives them, so that
 * extraction rules can be pinned on a real sentence without the file it came from.
 */
export function parsedArticle(title: string, body: string[], fields: Partial<ParsedArticle> = {}): ParsedArticle {
  const texts = [title, ...body];
  let start = 0;
  const paragraphs = texts.map((text, index) => {
    const paragraph = { kind: index === 0 ? ('title' as const) : ('body' as const), text, start };
    start += text.length + 1;
    return paragraph;
  });
  return {
    article: 'test.md',
    path: '/test.md',
    format: 'markdown',
    title,
    url: null,
    published: '2022-05-05T23:49:17+08:00',
    outlet: null,
    origin: [],
    staff: [],
    text: texts.join('\n'),
    paragraphs,
    contentHash: '',
    messages: [],
    ...fields,
  };
}
