import { Command, InvalidArgumentError } from 'commander';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { ARTICLE_EXTENSIONS, DEFAULT_READ_OPTIONS, JSONL_BODY_FIELDS } from '../../read/index.js';
import type { ReadIssue } from '../../read/index.js';
import { METADATA_KEYS } from '../../parse/index.js';
import { runCorpus } from '../../run/index.js';
import type { RunSummary } from '../../run/index.js';
import { createProgress } from '../progress.js';

interface ExtractOptions {
  root: string;
  out?: string;
  errors?: string;
  maxSize?: number;
}

function megabytes(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(parsed * 1024 * 1024);
}

/**
 * Bytes a file output buffers before a write waits for it to drain. At the default 16 KiB, a run over the shared
 * corpus (7.8 MB of JSON lines) stops about 500 times until the file system has caught up; at 1 MiB, a few times.
 */
const OUTPUT_BUFFER_BYTES = 1 << 20;

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** `skipped 3 (binary file: 1, empty file: 2)`: reasons tallied without their per-file details. */
function tally(kind: ReadIssue['kind'], issues: readonly ReadIssue[], count: number): string {
  const reasons = new Map<string, number>();
  for (const issue of issues) {
    if (issue.kind !== kind) continue;
    const reason = issue.reason.replace(/\s*[(:].*$/, '');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const detail = [...reasons].map(([reason, n]) => `${reason}: ${n}`).join(', ');
  return `${count} ${kind}${detail ? ` (${detail})` : ''}`;
}

export function summaryLine(summary: RunSummary): string {
  const { counts, issues } = summary;
  return (
    `huiyi extract: ${counts.read} read, ${counts.articles} articles, ${counts.duplicates} duplicates, ` +
    `${tally('skipped', issues, counts.skipped)}, ${tally('failed', issues, counts.failed)}`
  );
}

/** `huiyi extract PATH… [--root DIR] [--out FILE] [--errors FILE] [--max-size MB]` */
export function extractCommand(): Command {
  return new Command('extract')
    .description('read article files and folders and write one JSON line of facts per article (../shared/gold/FORMAT.md)')
    .addHelpText(
      'after',
      `
Reads ${[...ARTICLE_EXTENSIONS.keys()].join(' ')} files: markdown or text with front matter, HTML pages,
JSON Lines (one article per line). Other files are listed as skipped; hidden files and folders are passed over.
JSON Lines fields: body from ${JSONL_BODY_FIELDS.join(', ')} (the first present);
title from ${METADATA_KEYS.title.join(', ')}; date from ${METADATA_KEYS.date.join(', ')};
url from ${METADATA_KEYS.url.join(', ')}; outlet from ${METADATA_KEYS.outletNames.join(', ')}.`,
    )
    .argument('<paths...>', 'article files and folders (read recursively)')
    .option('--root <dir>', 'folder that article ids are relative to', '.')
    .option('--out <file>', 'write the JSON lines to this file instead of stdout')
    .option('--errors <file>', 'write the skipped, failed and duplicate files, with reasons, to this file (JSON lines)')
    .option(
      '--max-size <MB>',
      `skip files larger than this (default: ${DEFAULT_READ_OPTIONS.maxFileBytes / (1024 * 1024)})`,
      megabytes,
    )
    .action(async (paths: string[], options: ExtractOptions) => {
      let out: Writable;
      let errors: Writable | undefined;
      try {
        out = options.out ? createWriteStream(options.out, { highWaterMark: OUTPUT_BUFFER_BYTES }) : process.stdout;
        errors = options.errors ? createWriteStream(options.errors, { highWaterMark: OUTPUT_BUFFER_BYTES }) : undefined;
        await Promise.all([out, errors].filter((s): s is Writable => s !== undefined && s !== process.stdout).map((s) => once(s, 'open')));
      } catch (error) {
        process.stderr.write(`huiyi extract: cannot open output: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
        return;
      }
      const progress = createProgress({ unit: 'files' });
      const run = runCorpus(paths, {
        root: options.root,
        ...(options.maxSize === undefined ? {} : { maxFileBytes: options.maxSize }),
        // counting the files for the bar's total costs a walk of the folders: only when a bar can be drawn
        ...(process.stderr.isTTY ? { onProgress: ({ files, totalFiles }) => progress.update(files, totalFiles) } : {}),
      });
      let summary: RunSummary;
      for (;;) {
        const step = await run.next();
        if (step.done) {
          summary = step.value;
          break;
        }
        const event = step.value;
        if (event.kind === 'article' || event.kind === 'duplicate') {
          await write(out, `${JSON.stringify(event.facts)}\n`);
          for (const message of event.messages) {
            process.stderr.write(`huiyi extract: ${message.severity} ${message.file}: ${message.reason}\n`);
          }
          if (event.kind === 'duplicate' && errors) {
            await write(errors, `${JSON.stringify({ kind: 'duplicate', article: event.article, path: event.path, reason: `duplicate of ${event.duplicateOf}` })}\n`);
          }
        } else {
          progress.stop();
          process.stderr.write(`huiyi extract: ${event.kind} ${event.article}: ${event.reason}\n`);
          if (errors) await write(errors, `${JSON.stringify(event)}\n`);
        }
      }
      progress.stop();
      await close(out);
      if (errors) await close(errors);
      process.stderr.write(`${summaryLine(summary)}\n`);
    });
}
