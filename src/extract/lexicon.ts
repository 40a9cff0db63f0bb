import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { loadLexicon } from '../lexicon/active.js';
import { Trie } from '../lexicon/trie.js';
import { toSimplified } from '../text/normalize.js';
import type { ParticipantRole, TimeOfDay } from '../types.js';

/** The extractor's domain knowledge, as read from data/titles.yaml, data/names.yaml and data/meetings.yaml. */
export interface ExtractLexiconData {
  titles: {
    heads: string[];
    postposed: string[];
    shared_postposed: string[];
    shared_markers: string[];
    title_openers: string[];
    affiliations: string[];
    unnamed_groups: string[];
    not_in_titles: string[];
  };
  names: {
    surnames: string;
    compound_surnames: string[];
    not_name_endings: string;
    not_names: string[];
    not_in_names: string[];
    name_edge_words: string[];
    adverb_surnames: string;
    known: string[];
    transliteration: string;
  };
  meetings: {
    kinds: string[];
    officer_meetings: string[];
    event_verbs: string[];
    body_subject_verbs: string[];
    speech_at: string[];
    not_reported_before: string[];
    not_reported_after: string[];
    /** A gathering someone recalls in what they say is cited: verbs of saying before a comma, and words of the past. */
    recalled_in_speech: { said: string[]; past: string[] };
    roles: { pattern: string; role: ParticipantRole; counterpart?: Counterpart }[];
    list_tails: string[];
    role_negations: string[];
    event_negations: string[];
    role_requests: string[];
    role_elsewhen: string[];
    not_meeting_objects: string[];
    dates: {
      relative: Record<string, number>;
      /** Month words before a day (上月22日, 下月6日), in months from the publication month. */
      relative_months: Record<string, number>;
      month_words: Record<string, number>;
      /** 周/星期/礼拜 before a day of the week (1 = Monday … 7 = Sunday), and week words before them (上周五). */
      weekday_words: string[];
      weekdays: Record<string, number>;
      relative_weeks: Record<string, number>;
      /** Words right before a weekday that make it the next such day (将于周六). */
      future_before: string[];
      vague: string[];
      time_of_day: Record<string, TimeOfDay>;
    };
    speech_verbs: string[];
    clause_openers: string[];
    proceedings_end: string[];
    held_in: { verbs: string[]; between: string[]; venues: Record<string, string> };
  };
}

/**
 * Where a role verb names the other side of a talk: `joined` by 与/同/和 before the verb (X与Y举行会谈),
 * or as its `object` (X会见Y).
 */
export type Counterpart = 'joined' | 'object';

/** The lexicon compiled for matching: sets and regexes built once. */
export interface ExtractLexicon {
  data: ExtractLexiconData;
  /** Title heads, longest first. */
  heads: string[];
  headSet: Set<string>;
  /** The lengths heads come in, longest first. */
  headLengths: number[];
  postposed: string[];
  sharedPostposed: Set<string>;
  sharedMarkers: string[];
  titleOpeners: string[];
  affiliations: string[];
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  notNameEndings: Set<string>;
  notNames: Set<string>;
  notInNames: RegExp;
  /** Endings of a phrase that stands for people without naming them (data/titles.yaml `unnamed_groups`). */
  unnamedGroups: string[];
  /** What never stands inside a title: a sentence's verbs and particles (data/titles.yaml `not_in_titles`). */
  notInTitles: RegExp;
  /** Words that, crossing a name's edge in the text, cancel it there (如何维稳 holds no 何维); speech verbs included. */
  nameEdgeWords: string[];
  adverbSurnames: Set<string>;
  /** Names known in advance, in Simplified script (the data may write them in either). */
  known: Set<string>;
  /** The same names, for finding every one of them in a text in one pass. */
  knownNames: Trie<string>;
  transliteration: Set<string>;
  kinds: string[];
  eventVerbs: string[];
  /** What a person gives at a meeting (在…会议上的讲话). */
  speechesAt: string[];
  notReportedBefore: string[];
  notReportedAfter: string[];
  roles: { pattern: RegExp; role: ParticipantRole; counterpart?: Counterpart }[];
  listTail: RegExp;
  speechVerbs: string[];
  /** Words that open a clause before its subject (其间区诺轩提出). */
  clauseOpeners: string[];
  dates: ExtractLexiconData['meetings']['dates'];
}

/** One file per section (src/lexicon/lexicon.ts EXTRACTOR_SECTIONS). */
const DATA_FILES = { titles: 'titles.yaml', names: 'names.yaml', meetings: 'meetings.yaml' } as const;

function readYaml(path: string | URL): Record<string, unknown> {
  const value = yaml.load(readFileSync(path, 'utf8'));
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Lists are concatenated, strings appended, maps merged key by key: extra files only add knowledge. */
function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    if (Array.isArray(current) && Array.isArray(value)) out[key] = [...current, ...value];
    else if (typeof current === 'string' && typeof value === 'string') out[key] = current + value;
    else if (current && value && typeof current === 'object' && typeof value === 'object' && !Array.isArray(value))
      out[key] = merge(current as Record<string, unknown>, value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

const chars = (s: string) => new Set([...s.replace(/\s+/g, '')]);
const longestFirst = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the extractor's lexicon from the built-in data files plus `extraFiles`: YAML files shaped like one of the
 * built-in files, with a top-level key `titles`, `names` or `meetings` holding additions.
 */
export function loadExtractLexicon(extraFiles: string[] = []): ExtractLexicon {
  const data: Record<string, Record<string, unknown>> = {};
  for (const [key, file] of Object.entries(DATA_FILES)) {
    data[key] = readYaml(new URL(`../../data/${file}`, import.meta.url));
  }
  for (const file of extraFiles) {
    const extra = readYaml(file);
    for (const key of Object.keys(DATA_FILES)) {
      const part = extra[key];
      if (part && typeof part === 'object') data[key] = merge(data[key] ?? {}, part as Record<string, unknown>);
    }
  }
  const d = data as unknown as ExtractLexiconData;
  const m = d.meetings;
  const known = new Set(d.names.known.map(toSimplified));
  return {
    data: d,
    heads: longestFirst(d.titles.heads),
    headSet: new Set(d.titles.heads),
    headLengths: [...new Set(d.titles.heads.map((h) => h.length))].sort((a, b) => b - a),
    postposed: longestFirst(d.titles.postposed),
    sharedPostposed: new Set(d.titles.shared_postposed),
    sharedMarkers: d.titles.shared_markers,
    titleOpeners: longestFirst(d.titles.title_openers),
    affiliations: longestFirst(d.titles.affiliations),
    surnames: chars(d.names.surnames),
    compoundSurnames: new Set(d.names.compound_surnames),
    notNameEndings: chars(d.names.not_name_endings),
    notNames: new Set(d.names.not_names),
    notInNames: new RegExp(d.names.not_in_names.map(escape).join('|'), 'u'),
    unnamedGroups: d.titles.unnamed_groups,
    notInTitles: new RegExp(d.titles.not_in_titles.join('|'), 'u'),
    nameEdgeWords: longestFirst([...d.names.name_edge_words, ...m.speech_verbs].filter((word) => word.length >= 2)),
    adverbSurnames: chars(d.names.adverb_surnames),
    known,
    knownNames: trieOf(known),
    transliteration: chars(d.names.transliteration),
    kinds: longestFirst(m.kinds),
    eventVerbs: longestFirst(m.event_verbs),
    speechesAt: longestFirst(m.speech_at),
    notReportedBefore: longestFirst(m.not_reported_before),
    notReportedAfter: longestFirst(m.not_reported_after),
    roles: m.roles.map((r) => ({ pattern: new RegExp(r.pattern, 'y'), role: r.role, ...(r.counterpart ? { counterpart: r.counterpart } : {}) })),
    listTail: new RegExp(`(?:${m.list_tails.join('|')})$`),
    speechVerbs: longestFirst(m.speech_verbs),
    clauseOpeners: longestFirst(m.clause_openers),
    dates: m.dates,
  };
}

let defaultLexicon: ExtractLexicon | null = null;

/** The lexicon in use: built from the built-in data files on first use, unless `useLexiconFiles` chose others. */
export function extractLexicon(): ExtractLexicon {
  defaultLexicon ??= loadExtractLexicon();
  return defaultLexicon;
}

/**
 * Makes the built-in data plus the user's `files` (huiyi's `--lexicon`) the knowledge of every stage: body and place
 * tables (data/bodies.yaml, data/places.yaml keys) and the extractor's `titles`, `names` and `meetings` sections,
 * which one file may mix. Throws LexiconFileError naming a file that cannot be read or holds an unknown table.
 */
export function useLexiconFiles(files: string[]): void {
  loadLexicon({ files });
  defaultLexicon = loadExtractLexicon(files);
}

export { escape as escapeRegExp };

/** Whether `text` ends in a title head (…书记, …局长): where a title ends and a name may start. */
export function endsWithTitleHead(lex: ExtractLexicon, text: string): boolean {
  for (const length of lex.headLengths) if (lex.headSet.has(text.slice(-length))) return true;
  return false;
}

/** A regex source matching any of `words`, the longest first. */
export function wordsSource(words: Iterable<string>): string {
  return `(?:${longestFirst([...words]).map(escape).join('|')})`;
}

function trieOf(words: Iterable<string>): Trie<string> {
  const trie = new Trie<string>();
  for (const word of words) trie.add(word, word);
  return trie;
}
