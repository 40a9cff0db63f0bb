import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { SourceFormat } from '../types.js';
import { describeFsError } from './errors.js';

/** File endings huiyi reads as articles, and the format each one holds. */
export const ARTICLE_EXTENSIONS: ReadonlyMap<string, SourceFormat> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'markdown'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
]);

export type WalkEntry =
  | { kind: 'file'; path: string; format: SourceFormat; size: number }
  | { kind: 'skipped' | 'failed'; path: string; reason: string };

export function formatOf(path: string): SourceFormat | undefined {
  return ARTICLE_EXTENSIONS.get(extname(path).toLowerCase());
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Walks files and folders (recursively, names sorted by code point for a stable order), one entry at a time.
 * Hidden entries (names starting with `.`) inside folders are passed over, as version-control and editor
 * folders are; every other file that is not an article file is reported as skipped, so nothing is lost silently.
 */
export function* walk(paths: readonly string[]): Generator<WalkEntry> {
  const visitedFolders = new Set<string>();
  for (const path of paths) yield* walkPath(resolve(path), visitedFolders);
}

// Synchronous file-system calls: for many small files they cost a fraction of the promise API's round trips
// through the thread pool, and the walk yields after each file anyway.
function* walkPath(path: string, visitedFolders: Set<string>): Generator<WalkEntry> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const isLink = code === 'ENOENT' && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    yield { kind: 'failed', path, reason: isLink ? 'broken symbolic link' : describeFsError(error) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      const real = realpathSync(path);
      if (visitedFolders.has(real)) return;
      visitedFolders.add(real);
      names = readdirSync(path).filter((name) => !name.startsWith('.'));
    } catch (error) {
      yield { kind: 'failed', path, reason: `cannot list folder: ${describeFsError(error)}` };
      return;
    }
    names.sort(byCodePoint);
    for (const name of names) yield* walkPath(join(path, name), visitedFolders);
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'skipped', path, reason: 'not a regular file' };
    return;
  }
  const format = formatOf(path);
  if (format === undefined) {
    yield { kind: 'skipped', path, reason: `not an article file (${extname(path) || 'no extension'})` };
    return;
  }
  yield { kind: 'file', path, format, size: info.size };
}
