import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** Where the bar is drawn; it is drawn only when this is a terminal. */
  stream?: NodeJS.WriteStream;
  /** Runs shorter than this draw nothing. */
  delayMs?: number;
  /** What is counted, shown after the numbers (files, articles …). */
  unit?: string;
}

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for commands that walk many files. Silent when stderr is not a terminal (pipes,
 * logs, tests) and during the first second, so quick runs print nothing but their result.
 */
export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const delayMs = options.delayMs ?? 1000;
  const unit = options.unit ?? 'files';
  const startedAt = Date.now();
  let bar: cliProgress.SingleBar | undefined;

  return {
    update(done, total) {
      if (!stream.isTTY) return;
      if (!bar) {
        if (Date.now() - startedAt < delayMs) return;
        bar = new cliProgress.SingleBar(
          { stream, format: `{bar} {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
