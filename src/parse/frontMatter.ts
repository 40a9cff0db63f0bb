import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Whether the file had a front matter block at all. */
  present: boolean;
  /** What went wrong reading it (broken YAML, …), for the article's messages. */
  problems: string[];
}

/**
 * gray-matter's default YAML engine turns `date: 2023-03-11 19:12:38` into a UTC instant, 8 hours off for
 * Beijing archives; the core schema has no timestamp type, so dates stay the strings they were written as.
 * Passing options also keeps gray-matter from caching every file by its whole text.
 */
const MATTER_OPTIONS = {
  engines: { yaml: (text: string): object => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object },
};

// a front matter block as archives write it, for the fallback when its YAML is broken
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Key: value lines of a front matter whose YAML is broken, read one by one. */
function readLines(block: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of block.split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match && !(match[1]! in data)) data[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return data;
}

/**
 * Splits front matter from body. Accepts a blank line before the first `---` (Hexo archives write one),
 * falls back to a line-by-line reading when the YAML is broken, and treats a file without front matter as
 * all body.
 */
export function splitFrontMatter(content: string): FrontMatter {
  const start = /^(?:[ \t]*\r?\n)*(?=---[ \t]*\r?\n)/.exec(content);
  if (!start) return { data: {}, body: content, present: false, problems: [] };
  const text = content.slice(start[0].length);
  // gray-matter ends the block at the first `\n---` and drops at most the line break after it. Given only that
  // far, it does not copy the whole article into a Buffer and hash it as a cache key; the body it returns is
  // the end of what it was given, and the article goes on from there.
  const close = text.indexOf('\n---', 3);
  const head = close === -1 ? text : text.slice(0, close + '\n---\r\n'.length);
  try {
    const { data, content: rest } = matter(head, MATTER_OPTIONS);
    const body = text.slice(head.length - rest.length);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, body, present: true, problems: ['front matter is not a key: value mapping'] };
    }
    return { data: data as Record<string, unknown>, body, present: true, problems: [] };
  } catch (error) {
    const block = BLOCK.exec(text);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (!block) {
      return { data: {}, body: text, present: false, problems: [`unterminated front matter (${detail})`] };
    }
    return {
      data: readLines(block[1]!),
      body: text.slice(block[0].length),
      present: true,
      problems: [`broken YAML front matter (${detail}); read its key: value lines one by one`],
    };
  }
}

/** One edit (insertion, deletion, substitution or swap of neighbours) turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface FieldValue {
  value: unknown;
  /** The key the value was found under when it was a misspelling of the wanted one (`dat` for `date`). */
  misspelledKey?: string;
}

/** The first of `keys` present in the data; failing that, a key one typo away from one of them. */
export function field(data: Record<string, unknown>, keys: readonly string[]): FieldValue | undefined {
  for (const key of keys) {
    const value = data[key];
    if (value !== undefined && value !== null && value !== '') return { value };
  }
  const present = Object.keys(data);
  for (const key of keys) {
    const typo = present.find((candidate) => candidate.length >= 3 && oneEditApart(candidate, key));
    if (typo !== undefined && !keys.includes(typo)) {
      const value = data[typo];
      if (value !== undefined && value !== null && value !== '') return { value, misspelledKey: typo };
    }
  }
  return undefined;
}
