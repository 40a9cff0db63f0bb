import { hash } from 'node:crypto';
import type { Message, Paragraph, ParsedArticle, RawArticle, Staff } from '../types.js';
import { documentBody, htmlBody, loadHtml, looksLikeHtml, markdownBody, normalizeSpace, plainTextBody } from './body.js';
import type { BodyContent } from './body.js';
import { creditLine, datelineCredits, mayHoldCredits, outletFromName, outletFromUrl, staffFromName, textCredits } from './credits.js';
import { epochCommentDate, parsePublished } from './dates.js';
import { field, splitFrontMatter } from './frontMatter.js';

export { formatBeijing, parsePublished, epochCommentDate } from './dates.js';
export { creditLine, textCredits } from './credits.js';

/** Front-matter (and JSON Lines record) keys read for each piece of metadata, in order of preference. */
export const METADATA_KEYS = {
  title: ['title', 'headline', 'name'],
  date: ['date', 'published', 'pubDate', 'publishDate', 'publish_time', 'published_at', 'datetime', 'time', 'created'],
  url: ['url', 'original_url', 'link', 'from', 'permalink', 'source_url'],
  outletNames: ['author', 'source', 'site', 'site_name', 'publisher', 'outlet', 'media'],
  outletUrls: ['original_url', 'url', 'link', 'from', 'source_url'],
  lists: ['categories', 'category', 'tags'],
} as const;

/** Everything about an article that comes before its text: title, date, url and publisher. */
interface Metadata {
  title: string | null;
  dateValue: unknown;
  url: string | null;
  outlet: string | null;
  staff: Staff[];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** What `read` makes of the first value it makes something of. */
function firstFound(values: readonly string[], read: (value: string) => string | null): string | null {
  for (const value of values) {
    const found = read(value);
    if (found !== null) return found;
  }
  return null;
}

function metadataOf(data: Record<string, unknown>, note: (reason: string) => void): Metadata {
  const read = (keys: readonly string[]): unknown => {
    const found = field(data, keys);
    if (found?.misspelledKey) note(`front matter key "${found.misspelledKey}" read as "${keys[0]}"`);
    return found?.value;
  };
  const strings = (keys: readonly string[]): string[] => {
    const found: string[] = [];
    for (const key of keys) {
      const value = data[key];
      for (const item of Array.isArray(value) ? value : [value]) {
        const itemText = text(item);
        if (itemText !== null) found.push(itemText);
      }
    }
    return found;
  };

  const names = strings(METADATA_KEYS.outletNames);
  const outlet =
    firstFound(names, outletFromName) ??
    firstFound(strings(METADATA_KEYS.outletUrls), outletFromUrl) ??
    firstFound(strings(METADATA_KEYS.lists), outletFromName);
  return {
    title: text(read(METADATA_KEYS.title)),
    dateValue: read(METADATA_KEYS.date),
    url: text(read(METADATA_KEYS.url)),
    outlet,
    staff: names.flatMap(staffFromName),
  };
}

/** Metadata of an HTML page from its `<title>` and `<meta>` tags (Open Graph and article properties). */
function htmlMetadata($: ReturnType<typeof loadHtml>): Record<string, unknown> {
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const content = $(`meta[property="${name}"], meta[name="${name}"]`).attr('content');
      if (content) return content;
    }
    return undefined;
  };
  return {
    title: meta('og:title') ?? normalizeSpace($('title').first().text()),
    date: meta('article:published_time', 'pubdate', 'publishdate', 'date', 'og:published_time'),
    url: meta('og:url') ?? $('link[rel="canonical"]').attr('href'),
    site: meta('og:site_name', 'application-name'),
    author: meta('author', 'article:author'),
  };
}

function bodyOf(raw: RawArticle, note: (reason: string) => void): { data: Record<string, unknown>; body: BodyContent } {
  if (raw.format === 'jsonl') {
    const record = raw.record ?? {};
    const isHtml = typeof record.html === 'string' || looksLikeHtml(raw.content) || /<(?:p|br|div)[\s/>]/i.test(raw.content);
    return { data: record, body: isHtml ? htmlBody(raw.content) : plainTextBody(raw.content) };
  }
  if (raw.format === 'html') {
    const $ = loadHtml(raw.content);
    return { data: htmlMetadata($), body: documentBody($) };
  }
  const front = splitFrontMatter(raw.content);
  for (const problem of front.problems) note(problem);
  if (!front.present) note('no front matter');
  const body = looksLikeHtml(front.body) ? htmlBody(front.body) : markdownBody(front.body);
  return { data: front.data, body };
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** Hash of text after NFKC normalization with all white space removed: the same article stored twice hashes equal. */
export function contentHash(articleText: string): string {
  return hash('sha1', articleText.normalize('NFKC').replace(/\s+/gu, ''), 'hex');
}

function addUnique<T>(list: T[], items: readonly T[], key: (item: T) => string): void {
  for (const item of items) if (!list.some((existing) => key(existing) === key(item))) list.push(item);
}

/**
 * The parse stage: metadata, credits and clean text of one article. Pure and synchronous; what goes wrong is
 * attached as messages, never thrown.
 */
export function parseArticle(raw: RawArticle): ParsedArticle {
  const messages: Message[] = [];
  const note = (reason: string, severity: Message['severity'] = 'warning'): void => {
    messages.push({ severity, stage: 'parse', file: raw.article, reason });
  };
  const { data, body } = bodyOf(raw, note);
  const meta = metadataOf(data, note);

  let published = parsePublished(meta.dateValue);
  if (published === null) {
    const fromComment = epochCommentDate(raw.content);
    if (meta.dateValue === undefined) note(fromComment ? 'no date in front matter; used the epoch comment' : 'no publication date');
    else note(`unparseable date "${String(meta.dateValue)}"${fromComment ? '; used the epoch comment' : ''}`);
    published = fromComment;
  }

  const origin: string[] = [];
  // Copied by push into the literal: a spread copy of an empty list has another element kind, which made V8 drop
  // this function's optimized code (--trace-deopt, wrong map).
  const staff: Staff[] = [];
  staff.push(...meta.staff);
  const staffKey = (member: Staff): string => `${member.role}:${member.name}`;
  const title = meta.title === null ? null : normalizeSpace(meta.title);
  const bodyParagraphs: string[] = [];
  for (const paragraph of body.paragraphs) {
    if (bodyParagraphs.length === 0 && title !== null && sameText(paragraph, title)) continue;
    const credit = creditLine(paragraph);
    if (credit) {
      addUnique(origin, credit.origin, String);
      addUnique(staff, credit.staff, staffKey);
      continue;
    }
    const inText = textCredits(paragraph);
    addUnique(origin, inText.origin, String);
    addUnique(staff, inText.staff, staffKey);
    bodyParagraphs.push(paragraph);
  }
  for (const comment of body.comments) {
    if (!mayHoldCredits(comment)) continue;
    // A hidden copy of the lead (<!--article_adlist[<p>新华社上海3月22日电（记者…）…) credits by its dateline too.
    for (const line of htmlBody(comment).paragraphs) {
      const credit = creditLine(line) ?? datelineCredits(line);
      addUnique(origin, credit.origin, String);
      addUnique(staff, credit.staff, staffKey);
    }
  }

  const paragraphs: Paragraph[] = [];
  const lines: string[] = [];
  let offset = 0;
  const add = (kind: Paragraph['kind'], paragraphText: string): void => {
    paragraphs.push({ kind, text: paragraphText, start: offset });
    lines.push(paragraphText);
    offset += paragraphText.length + 1;
  };
  if (title) add('title', title);
  for (const paragraph of bodyParagraphs) add('body', paragraph);
  const articleText = lines.join('\n');
  if (bodyParagraphs.length === 0) note('no body text');

  return {
    article: raw.article,
    path: raw.path,
    format: raw.format,
    title,
    url: meta.url,
    published,
    outlet: meta.outlet,
    origin,
    staff,
    text: articleText,
    paragraphs,
    contentHash: articleText === '' ? hash('sha1', `\u0000${raw.article}`, 'hex') : contentHash(articleText),
    messages,
  };
}
