/**
 * Plain data passed between the pipeline stages:
 * read → parse → extract → resolve → graph → export / analyse.
 * No stage imports another stage's code to understand these shapes; they all import this file.
 */

/** Where in the pipeline a message arose. */
export type Stage = 'read' | 'parse' | 'extract' | 'resolve' | 'graph' | 'export' | 'analyse';

/**
 * A note attached to a document instead of an exception (as vfile does):
 * `error` means the file could not be used, `warning` that something in it was dropped or guessed at.
 */
export interface Message {
  severity: 'error' | 'warning' | 'info';
  stage: Stage;
  /** The article id (or file path when no article could be made of it). */
  file: string;
  reason: string;
}

/** The format of a source file, as the reader recognised it. */
export type SourceFormat = 'markdown' | 'html' | 'jsonl';

/** One article as read from disk, before any parsing: the read stage's output. */
export interface RawArticle {
  /** Article id per FORMAT.md: the path relative to the root, plus `#N` for the N-th record of a JSON Lines file. */
  article: string;
  /** Absolute path of the file it came from. */
  path: string;
  format: SourceFormat;
  /** The decoded text of the file (markdown, HTML), or of the record's body field (JSON Lines). */
  content: string;
  /** For JSON Lines records: the whole record, so the parser can take title, date, url from it. */
  record?: Record<string, unknown>;
}

export type StaffRole = 'editor' | 'reporter';

export interface Staff {
  name: string;
  role: StaffRole;
}

/** A paragraph of article text, with its place in `ParsedArticle.text`. */
export interface Paragraph {
  kind: 'title' | 'body';
  text: string;
  /** Offset of the paragraph's first character in `ParsedArticle.text` (UTF-16 code units). */
  start: number;
}

/** An article after the parse stage: metadata, credits and clean text, plus what went wrong. */
export interface ParsedArticle {
  article: string;
  path: string;
  format: SourceFormat;
  title: string | null;
  url: string | null;
  /** ISO 8601 instant in Beijing time (`+08:00`), or null when the article has no usable date. */
  published: string | null;
  outlet: string | null;
  origin: string[];
  staff: Staff[];
  /** Title and body paragraphs joined by `\n`; every offset in later stages points into this string. */
  text: string;
  paragraphs: Paragraph[];
  /**
   * Hash of the normalized text: the same article stored twice has the same hash. An article without text hashes
   * its `article` id instead: two empty files are two articles, not one stored twice.
   */
  contentHash: string;
  messages: Message[];
}

/** Where a fact was read: the sentence and its character span in `ParsedArticle.text`. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export type ParticipantRole = 'chair' | 'attendee' | 'observer';

export interface Participant {
  name: string;
  role: ParticipantRole;
  titles: string[];
  evidence?: Evidence;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

export interface MeetingBody {
  name: string;
  session: number | null;
}

export interface Meeting {
  id: string;
  /** Title of the meeting as the text names it (e.g. 国务院常务会议); not part of FORMAT.md, used by the graph. */
  title?: string;
  date: string | null;
  time_of_day: TimeOfDay | null;
  bodies: MeetingBody[];
  complete: boolean;
  participants: Participant[];
  /** Place where the text says the meeting was held, as a full path. */
  place?: string | null;
  evidence?: Evidence[];
}

export interface BodyMention {
  name: string;
  aka: string[];
}

/** One line of `huiyi extract` output and of the gold files: see ../shared/gold/FORMAT.md. */
export interface ArticleFacts {
  article: string;
  published: string | null;
  outlet: string | null;
  origin: string[];
  staff: Staff[];
  meetings: Meeting[];
  people: string[];
  bodies: BodyMention[];
  places: string[];
}
