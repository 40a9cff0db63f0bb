import { readLexicon, type Lexicon } from './lexicon.js';

/**
 * The lexicon in use. The default tables are read on first use; `loadLexicon` replaces them with the
 * defaults merged with the user's files. Matchers compiled from the lexicon check `lexiconVersion()`
 * and rebuild when it changed.
 */
let active: Lexicon | undefined;
let version = 0;

export function activeLexicon(): Lexicon {
  active ??= readLexicon();
  return active;
}

export function lexiconVersion(): number {
  return version;
}

export interface LoadLexiconOptions {
  /** Extra YAML or JSON files, merged after the built-in tables in the order given. */
  files?: string[];
}

/** Makes the built-in tables plus `files` the lexicon in use; throws LexiconFileError naming a bad file. */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  active = readLexicon(options.files ?? []);
  version++;
  return active;
}

/** A value computed from the active lexicon, recomputed after `loadLexicon`. */
export function compiledFromLexicon<T>(build: (lexicon: Lexicon) => T): () => T {
  let builtFor = -1;
  let value: T | undefined;
  return () => {
    if (builtFor !== version || value === undefined) {
      value = build(activeLexicon());
      builtFor = version;
    }
    return value;
  };
}
