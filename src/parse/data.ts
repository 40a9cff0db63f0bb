import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** The project's `data/` folder: two levels up from both `src/parse` and `dist/parse`. */
const DATA_FOLDER = new URL('../../data/', import.meta.url);

/** Reads a YAML data file of `data/`, failing loudly when it is missing or not a mapping. */
export function loadDataFile(name: string): Record<string, unknown> {
  const url = new URL(name, DATA_FOLDER);
  const value = yaml.load(readFileSync(url, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`data file ${url.pathname} is not a YAML mapping`);
  }
  return value as Record<string, unknown>;
}

export function stringList(data: Record<string, unknown>, key: string): string[] {
  const value = data[key];
  if (!Array.isArray(value)) throw new Error(`data: "${key}" must be a list`);
  return value.map(String);
}

export function stringMap(data: Record<string, unknown>, key: string): Map<string, string> {
  const value = data[key];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`data: "${key}" must be a mapping`);
  }
  return new Map(Object.entries(value).map(([from, to]) => [from, String(to)]));
}

/** A regular-expression alternation of literal words, longest first so that 责任编辑 wins over 编辑. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
