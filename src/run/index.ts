import { extractFacts } from '../extract/index.js';
import { parseArticle } from '../parse/index.js';
import { readArticles, walk } from '../read/index.js';
import type { ReadIssue, ReadOptions } from '../read/index.js';
import type { ArticleFacts, Message, ParsedArticle } from '../types.js';

export interface RunCounts {
  /** Articles read and parsed (duplicates included). */
  read: number;
  /** Distinct articles (duplicates counted once). */
  articles: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

export interface RunProgress {
  /** Files finished so far (a JSON Lines file counts once). */
  files: number;
  /** Files the walk found, counted before the run when progress is asked for. */
  totalFiles: number;
  counts: RunCounts;
}

export interface RunOptions extends Partial<ReadOptions> {
  /** Called after each file; counting the files first costs one extra walk of the folders. */
  onProgress?: (progress: RunProgress) => void;
}

/** An article stored again under another path: same normalized text as `duplicateOf`, counted once. */
export interface Duplicate {
  article: string;
  path: string;
  duplicateOf: string;
}

/** One article read, parsed and extracted. */
export interface ArticleEvent {
  kind: 'article';
  parsed: ParsedArticle;
  facts: ArticleFacts;
  /** Read and parse messages (warnings about the file). */
  messages: Message[];
}

/**
 * An article whose normalized text equals that of one met earlier (`duplicateOf`): its own path and facts are
 * kept (`huiyi extract` writes a line for it), but it counts once.
 */
export type DuplicateEvent = Omit<ArticleEvent, 'kind'> & { kind: 'duplicate' } & Duplicate;

export type RunEvent = ArticleEvent | DuplicateEvent | ReadIssue;

export interface RunSummary {
  counts: RunCounts;
  /** Every file or record that gave no article, with the reason. */
  issues: ReadIssue[];
  duplicates: Duplicate[];
}

/** Counts the files a run over these paths will visit (for a progress bar's total). */
export async function countFiles(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const _entry of walk(paths)) total++;
  return total;
}

/**
 * The corpus run loop: read → parse → extract for every file under the paths, one article at a time.
 * Yields an event per article, duplicate and bad file, and returns the counts and the issue list. Memory holds
 * only the content hashes and small per-issue records, not the articles.
 */
export async function* runCorpus(
  paths: readonly string[],
  options: RunOptions = {},
): AsyncGenerator<RunEvent, RunSummary> {
  const { onProgress, ...readOptions } = options;
  const counts: RunCounts = { read: 0, articles: 0, duplicates: 0, skipped: 0, failed: 0 };
  const issues: ReadIssue[] = [];
  const duplicates: Duplicate[] = [];
  const firstByHash = new Map<string, string>();
  const totalFiles = onProgress ? await countFiles(paths) : 0;
  let files = 0;
  let currentPath: string | undefined;

  const fileDone = (path: string): void => {
    if (path === currentPath) return;
    currentPath = path;
    files++;
    onProgress?.({ files, totalFiles, counts });
  };

  for await (const item of readArticles(paths, readOptions)) {
    if (item.kind !== 'article') {
      counts[item.kind]++;
      issues.push(item);
      fileDone(item.path);
      yield item;
      continue;
    }
    const { raw, warnings } = item;
    let parsed: ParsedArticle;
    let facts: ArticleFacts;
    try {
      parsed = parseArticle(raw);
      facts = extractFacts(parsed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const issue: ReadIssue = { kind: 'failed', path: raw.path, article: raw.article, reason: `cannot process: ${detail}` };
      counts.failed++;
      issues.push(issue);
      fileDone(raw.path);
      yield issue;
      continue;
    }
    counts.read++;
    const messages = [...warnings, ...parsed.messages];
    const first = firstByHash.get(parsed.contentHash);
    fileDone(raw.path);
    if (first !== undefined) {
      counts.duplicates++;
      const duplicate: Duplicate = { article: raw.article, path: raw.path, duplicateOf: first };
      duplicates.push(duplicate);
      yield { kind: 'duplicate', parsed, facts, messages, ...duplicate };
    } else {
      firstByHash.set(parsed.contentHash, raw.article);
      counts.articles++;
      yield { kind: 'article', parsed, facts, messages };
    }
  }
  return { counts, issues, duplicates };
}
