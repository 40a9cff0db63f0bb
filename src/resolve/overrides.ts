import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { normalizeName } from '../text/normalize.js';

/**
 * What the merge rules cannot know, stated by the user (`--overrides FILE`, YAML or JSON):
 *
 * ```yaml
 * same:              # ids that name one entity (any label); every id of a group becomes the first
 *   - [person:蔡奇, person:蔡奇@北京市东城区]
 * people:
 *   distinct: [李伟]  # names shared by several people: always told apart by the jurisdiction of their titles
 *   assign:           # one article's mention of a name is this person
 *     - { article: sina/0001.md, name: 王旭, id: person:王旭@北京市朝阳区 }
 * bodies:
 *   aliases:          # alias → canonical body name
 *     防控工作领导小组: 北京新冠肺炎疫情防控工作领导小组
 * ```
 */
export interface Overrides {
  /** id → the id that replaces it. */
  sameAs: Map<string, string>;
  distinctNames: Set<string>;
  /** `article` + '\u0000' + normalized name → person id. */
  assignments: Map<string, string>;
  /** normalized alias → canonical body name. */
  bodyAliases: Map<string, string>;
}

export function emptyOverrides(): Overrides {
  return { sameAs: new Map(), distinctNames: new Set(), assignments: new Map(), bodyAliases: new Map() };
}

export class OverridesError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'OverridesError';
  }
}

export function assignmentKey(article: string, name: string): string {
  return `${article}\u0000${normalizeName(name)}`;
}

export function loadOverrides(file: string): Overrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new OverridesError(file, `cannot read overrides file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let document: unknown;
  try {
    // JSON is YAML, so one parser reads both formats.
    document = yaml.load(text, { filename: file });
  } catch (error) {
    throw new OverridesError(file, `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseOverrides(document ?? {}, file);
}

export function parseOverrides(document: unknown, file: string): Overrides {
  const fail = (reason: string): never => {
    throw new OverridesError(file, reason);
  };
  const overrides = emptyOverrides();
  if (!isRecord(document)) fail('expected a mapping with keys same, people, bodies');
  const root = document as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!['same', 'people', 'bodies'].includes(key)) fail(`unknown key "${key}" (expected same, people, bodies)`);
  }

  for (const [index, group] of asList(root.same, 'same', fail).entries()) {
    if (!Array.isArray(group) || group.length < 2 || !group.every((id) => typeof id === 'string')) {
      fail(`same[${index}] must be a list of at least two ids`);
    }
    const [first, ...rest] = group as string[];
    for (const id of rest) overrides.sameAs.set(id, first!);
  }

  const people = root.people ?? {};
  if (!isRecord(people)) fail('people must be a mapping with keys distinct, assign');
  const peopleRecord = people as Record<string, unknown>;
  for (const [index, name] of asList(peopleRecord.distinct, 'people.distinct', fail).entries()) {
    if (typeof name !== 'string') fail(`people.distinct[${index}] must be a name`);
    overrides.distinctNames.add(normalizeName(name as string));
  }
  for (const [index, entry] of asList(peopleRecord.assign, 'people.assign', fail).entries()) {
    if (!isRecord(entry) || !['article', 'name', 'id'].every((field) => typeof entry[field] === 'string')) {
      fail(`people.assign[${index}] must have string fields article, name, id`);
    }
    const { article, name, id } = entry as { article: string; name: string; id: string };
    overrides.assignments.set(assignmentKey(article, name), id);
  }

  const bodies = root.bodies ?? {};
  if (!isRecord(bodies)) fail('bodies must be a mapping with key aliases');
  const aliases = (bodies as Record<string, unknown>).aliases ?? {};
  if (!isRecord(aliases)) fail('bodies.aliases must map each alias to a canonical body name');
  for (const [alias, canonical] of Object.entries(aliases as Record<string, unknown>)) {
    if (typeof canonical !== 'string') fail(`bodies.aliases.${alias} must be a body name`);
    overrides.bodyAliases.set(normalizeName(alias), canonical as string);
  }
  return overrides;
}

/** Follows `same` to the id that stands for the whole group (chains allowed, cycles stop). */
export function canonicalId(overrides: Overrides, id: string): string {
  let current = id;
  const seen = new Set<string>();
  for (let next = overrides.sameAs.get(current); next !== undefined && !seen.has(next); next = overrides.sameAs.get(current)) {
    seen.add(current);
    current = next;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown, where: string, fail: (reason: string) => never): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(`${where} must be a list`);
  return value as unknown[];
}
