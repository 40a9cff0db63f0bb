import { createReadStream } from 'node:fs';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Message, RawArticle } from '../types.js';
import { binaryReason, decodeUtf8 } from './decode.js';
import { describeFsError } from './errors.js';
import { walk } from './walk.js';

export { ARTICLE_EXTENSIONS, walk } from './walk.js';
export type { WalkEntry } from './walk.js';

export interface ReadOptions {
  /** Folder that article ids are relative to. */
  root: string;
  /** Files larger than this many bytes are skipped unread (JSON Lines: the limit applies to each record). */
  maxFileBytes: number;
  /** Share of undecodable UTF-8 sequences (per character) above which a file is skipped instead of read. */
  maxInvalidUtf8Ratio: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  root: '.',
  maxFileBytes: 20 * 1024 * 1024,
  maxInvalidUtf8Ratio: 0.01,
};

/** A file or record that gave no article: `skipped` when huiyi chose not to read it, `failed` when it could not. */
export interface ReadIssue {
  kind: 'skipped' | 'failed';
  path: string;
  article: string;
  reason: string;
}

export type ReadItem = { kind: 'article'; raw: RawArticle; warnings: Message[] } | ReadIssue;

/** Field names of a JSON Lines record that hold its body, in order of preference; HTML first. */
export const JSONL_BODY_FIELDS = ['html', 'content_html', 'body_html', 'content', 'body', 'text', 'markdown'] as const;

/** The article id of a path: relative to the root, with `/` separators. */
export function articleId(path: string, root: string): string {
  return relative(root, path).split(sep).join('/');
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The read stage: walks the paths and yields each article (a JSON Lines file yields one per record) or the
 * reason a file gave none. Files are read one at a time, so memory does not grow with the number of files.
 */
export async function* readArticles(
  paths: readonly string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<ReadItem> {
  const settings: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...options };
  for (const entry of walk(paths)) {
    const article = articleId(entry.path, settings.root);
    if (entry.kind !== 'file') {
      yield { kind: entry.kind, path: entry.path, article, reason: entry.reason };
    } else if (entry.format === 'jsonl') {
      yield* readJsonLines(entry.path, article, settings);
    } else if (entry.size > settings.maxFileBytes) {
      yield {
        kind: 'skipped',
        path: entry.path,
        article,
        reason: `file too large: ${megabytes(entry.size)} (limit ${megabytes(settings.maxFileBytes)})`,
      };
    } else {
      yield readDocument(entry.path, article, entry.format, settings);
    }
  }
}

function readDocument(path: string, article: string, format: RawArticle['format'], settings: ReadOptions): ReadItem {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { kind: 'failed', path, article, reason: `cannot read: ${describeFsError(error)}` };
  }
  if (bytes.length === 0) return { kind: 'skipped', path, article, reason: 'empty file' };
  const { text, invalidSequences } = decodeUtf8(bytes);
  const binary = binaryReason(bytes, text);
  if (binary) return { kind: 'skipped', path, article, reason: binary };
  const warnings: Message[] = [];
  if (invalidSequences > 0) {
    const reason = `invalid UTF-8: ${invalidSequences} undecodable byte sequence(s)`;
    if (invalidSequences / text.length > settings.maxInvalidUtf8Ratio) {
      return { kind: 'skipped', path, article, reason: `${reason}, not a UTF-8 text file` };
    }
    warnings.push({ severity: 'warning', stage: 'read', file: article, reason: `${reason} replaced by U+FFFD` });
  }
  if (text.trim() === '') return { kind: 'skipped', path, article, reason: 'empty file (white space only)' };
  return { kind: 'article', raw: { article, path, format, content: text }, warnings };
}

async function* readJsonLines(path: string, fileId: string, settings: ReadOptions): AsyncGenerator<ReadItem> {
  const sniffed = sniff(path);
  if (typeof sniffed === 'string') {
    yield { kind: 'failed', path, article: fileId, reason: `cannot read: ${sniffed}` };
    return;
  }
  if (sniffed.length === 0) {
    yield { kind: 'skipped', path, article: fileId, reason: 'empty file' };
    return;
  }
  const binary = binaryReason(sniffed);
  if (binary) {
    yield { kind: 'skipped', path, article: fileId, reason: binary };
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      records++;
      yield recordItem(line, path, `${fileId}#${records}`, lineNumber, settings);
    }
  } catch (error) {
    yield { kind: 'failed', path, article: fileId, reason: `cannot read: ${describeFsError(error)}` };
    return;
  }
  if (records === 0) yield { kind: 'skipped', path, article: fileId, reason: 'empty file (no records)' };
}

function recordItem(line: string, path: string, article: string, lineNumber: number, settings: ReadOptions): ReadItem {
  if (line.length > settings.maxFileBytes) {
    return { kind: 'skipped', path, article, reason: `line ${lineNumber}: record too large` };
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', path, article, reason: `line ${lineNumber}: invalid JSON (${detail})` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { kind: 'failed', path, article, reason: `line ${lineNumber}: not a JSON object` };
  }
  const fields = record as Record<string, unknown>;
  const bodyField = JSONL_BODY_FIELDS.find((field) => typeof fields[field] === 'string' && fields[field] !== '');
  if (bodyField === undefined) {
    return {
      kind: 'failed',
      path,
      article,
      reason: `line ${lineNumber}: no body field (one of ${JSONL_BODY_FIELDS.join(', ')})`,
    };
  }
  const content = fields[bodyField] as string;
  const warnings: Message[] = content.includes('\uFFFD')
    ? [{ severity: 'warning', stage: 'read', file: article, reason: 'invalid UTF-8 replaced by U+FFFD' }]
    : [];
  return { kind: 'article', raw: { article, path, format: 'jsonl', content, record: fields }, warnings };
}

/** The first bytes of a file, or the reason it cannot be opened. */
function sniff(path: string): Uint8Array | string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const buffer = Buffer.alloc(8192);
    const bytesRead = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    return describeFsError(error);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
