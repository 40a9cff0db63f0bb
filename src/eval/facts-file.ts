import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { ArticleFacts, BodyMention, Meeting, MeetingBody, Participant, Staff } from '../types.js';

/**
 * Reading article facts (FORMAT.md, one JSON object per line) for scoring: gold files written by hand and
 * `huiyi extract` output. A field that is absent reads as empty (no items); a field that is present with the
 * wrong shape is an error naming the file, the line and the field, because scoring it would be a guess.
 */

export class FactsFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'FactsFileError';
  }
}

type Json = Record<string, unknown>;

class ShapeError extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function string(record: Json, field: string, path: string): string {
  const value = record[field];
  if (value === undefined) throw new ShapeError(`${path}${field} is missing`);
  if (typeof value !== 'string') throw new ShapeError(`${path}${field} must be a string, not ${describe(value)}`);
  return value;
}

function stringOrNull(record: Json, field: string, path: string): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ShapeError(`${path}${field} must be a string or null, not ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(record: Json, field: string, allowed: readonly T[], path: string): T {
  const value = record[field];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ShapeError(`${path}${field} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return value as T;
}

function list<T>(record: Json, field: string, path: string, read: (value: unknown, path: string) => T): T[] {
  const value = record[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ShapeError(`${path}${field} must be an array, not ${describe(value)}`);
  return value.map((element, index) => read(element, `${path}${field}[${index}]`));
}

function stringElement(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${path} must be a string, not ${describe(value)}`);
  return value;
}

function objectElement(value: unknown, path: string): Json {
  if (!isObject(value)) throw new ShapeError(`${path} must be an object, not ${describe(value)}`);
  return value;
}

function staffOf(value: unknown, path: string): Staff {
  const record = objectElement(value, path);
  return { name: string(record, 'name', `${path}.`), role: oneOf(record, 'role', ['editor', 'reporter'], `${path}.`) };
}

function bodyOf(value: unknown, path: string): BodyMention {
  const record = objectElement(value, path);
  return { name: string(record, 'name', `${path}.`), aka: list(record, 'aka', `${path}.`, stringElement) };
}

function meetingBodyOf(value: unknown, path: string): MeetingBody {
  const record = objectElement(value, path);
  const session = record.session ?? null;
  if (session !== null && !Number.isInteger(session)) {
    throw new ShapeError(`${path}.session must be an integer or null, not ${JSON.stringify(session)}`);
  }
  return { name: string(record, 'name', `${path}.`), session: session as number | null };
}

function participantOf(value: unknown, path: string): Participant {
  const record = objectElement(value, path);
  return {
    name: string(record, 'name', `${path}.`),
    role: oneOf(record, 'role', ['chair', 'attendee', 'observer'], `${path}.`),
    titles: list(record, 'titles', `${path}.`, stringElement),
  };
}

function meetingOf(value: unknown, path: string): Meeting {
  const record = objectElement(value, path);
  const timeOfDay = record.time_of_day ?? null;
  const complete = record.complete ?? true;
  if (typeof complete !== 'boolean') throw new ShapeError(`${path}.complete must be a boolean, not ${describe(complete)}`);
  return {
    id: stringOrNull(record, 'id', `${path}.`) ?? '',
    date: stringOrNull(record, 'date', `${path}.`),
    time_of_day: timeOfDay === null ? null : oneOf(record, 'time_of_day', ['morning', 'afternoon', 'evening'] as const, `${path}.`),
    bodies: list(record, 'bodies', `${path}.`, meetingBodyOf),
    complete,
    participants: list(record, 'participants', `${path}.`, participantOf),
  };
}

/** Whether a parsed JSON value is an article-facts record: an object with `article` and `meetings`. */
export function looksLikeFacts(value: unknown): boolean {
  return isObject(value) && 'article' in value && 'meetings' in value;
}

/** Checks one parsed JSON line against FORMAT.md; throws with the offending field's path. */
export function factsOf(value: unknown): ArticleFacts {
  const record = objectElement(value, 'the record');
  const meetings = record.meetings;
  if (!Array.isArray(meetings)) throw new ShapeError(`meetings must be an array, not ${describe(meetings)}`);
  return {
    article: string(record, 'article', ''),
    published: stringOrNull(record, 'published', ''),
    outlet: stringOrNull(record, 'outlet', ''),
    origin: list(record, 'origin', '', stringElement),
    staff: list(record, 'staff', '', staffOf),
    meetings: meetings.map((meeting, index) => meetingOf(meeting, `meetings[${index}]`)),
    people: list(record, 'people', '', stringElement),
    bodies: list(record, 'bodies', '', bodyOf),
    places: list(record, 'places', '', stringElement),
  };
}

function linesOf(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new FactsFileError(file, null, code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Reads a JSON Lines file of article facts; blank lines are skipped, the first bad line is an error. */
export function readFactsFile(file: string): ArticleFacts[] {
  const records: ArticleFacts[] = [];
  const firstLineOf = new Map<string, number>();
  linesOf(file).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new FactsFileError(file, lineNumber, `not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    let facts: ArticleFacts;
    try {
      facts = factsOf(value);
    } catch (error) {
      if (error instanceof ShapeError) throw new FactsFileError(file, lineNumber, error.message);
      throw error;
    }
    const first = firstLineOf.get(facts.article);
    if (first !== undefined) {
      throw new FactsFileError(file, lineNumber, `article ${facts.article} already has a record on line ${first}`);
    }
    firstLineOf.set(facts.article, lineNumber);
    records.push(facts);
  });
  if (records.length === 0) throw new FactsFileError(file, null, 'holds no records');
  return records;
}

const FIRST_LINE_LIMIT = 16 * 1024 * 1024;

/** The first non-blank line of a regular file, read in chunks so a large article is not read whole. */
function firstLineOf(file: string): string | undefined {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  const descriptor = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    const parts: Buffer[] = [];
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      const text = Buffer.concat([...parts, chunk.subarray(0, read)]).toString('utf8').replace(/^\uFEFF/, '');
      const line = text.split(/\r?\n/).find((candidate, index, all) => candidate.trim() !== '' && index < all.length - 1);
      if (line !== undefined) return line;
      if (read === 0 || length > FIRST_LINE_LIMIT) return text.trim() === '' ? undefined : text;
      parts.push(Buffer.from(chunk.subarray(0, read)));
      length += read;
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Whether a path is a facts file rather than an article to read: a file whose first non-blank line is a JSON
 * object with `article` and `meetings`. Anything else (folders, markdown, JSON Lines of raw articles) is input.
 */
export function isFactsFile(file: string): boolean {
  let first: string | undefined;
  try {
    first = firstLineOf(file);
  } catch {
    return false;
  }
  if (first === undefined) return false;
  try {
    return looksLikeFacts(JSON.parse(first));
  } catch {
    return false;
  }
}
