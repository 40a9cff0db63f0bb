import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

/**
 * The domain knowledge behind bodies and places, as data: `data/bodies.yaml` and `data/places.yaml`,
 * plus any files a user passes. Lists are appended, maps merged key by key, a body whose name is already
 * known gains the new aliases.
 */

export type BodyKind =
  | 'party'
  | 'party-committee'
  | 'government'
  | 'congress'
  | 'cppcc'
  | 'leading-group'
  | 'mechanism'
  | 'ministry'
  | 'commission'
  | 'judiciary'
  | 'military'
  | 'legislature'
  | 'session'
  | 'company'
  | 'organization';

export interface BodyEntry {
  name: string;
  kind: BodyKind;
  aka: string[];
}

export interface SessionPattern {
  pattern: string;
  name: string;
  aka: string[];
  kind: BodyKind;
  /** `name` stands even when the text writes only a shorter form. */
  fixedName?: boolean;
  /** Name of an organ of the session ({sessionName}, {organ}, and the pattern's groups); default '{sessionName}{organ}'. */
  organName?: string;
  /** Other forms of the organ's name; default: each form of the session followed by the organ. */
  organAka?: string[];
  /**
   * Organ words that, written alone in an article about this one session, name a standing body of its congress
   * (关于常务委员会工作报告的决议 at a CPPCC session: 全国政协常务委员会), by the body's name in the alias table.
   */
  bareOrgans?: Record<string, string>;
}

export interface BodyTemplate {
  name: string;
  kind: BodyKind;
  forms: string[];
  aka: string[];
  /** Characters that, right after a form, make it part of another word (港澳委 + 员: 委员, members). */
  notBefore?: string[];
  /** The division must be named: a level word does not stand for it (区议会 alone is every district council). */
  namedPlaceOnly?: boolean;
}

export interface Lexicon {
  bodies: BodyEntry[];
  sessions: SessionPattern[];
  sessionOrgans: string[];
  sessionOrganPrefixes: string[];
  notBodyPatterns: string[];
  templates: BodyTemplate[];
  levelWords: string[];
  levelWordBlockers: string[];
  synonyms: Record<string, string>;
  heads: string[];
  /** The kind of a body known only by its head noun; other heads give `organization`. */
  headKinds: Record<string, BodyKind>;
  /** By division path: words that, standing alone, name a body of an article in that jurisdiction (政府 in Hong Kong). */
  jurisdictionAliases: Record<string, Record<string, string>>;
  notBodies: string[];
  leftStops: string[];
  nameStarts: string[];
  nameJoiners: string[];
  /** Verbs a leading group's name may start with, though they end other names (推动长江经济带发展领导小组). */
  taskVerbs: string[];
  /** Stop words after which a head noun names a kind of body, unless a place or a name start names it (各部门党组). */
  determiners: string[];
  canonicalTerms: Record<string, string>;
  titleEndings: string[];
  levelTitles: Record<string, string>;
  abbreviations: Record<string, string>;
  abbreviationVerbs: string[];
  compounds: Record<string, string[]>;
  shortForms: Record<string, string | null>;
  needsContext: string[];
  notPlaces: string[];
  countries: Record<string, string | null>;
  /** Outlet name → the division it reports from. */
  outletHomes: Record<string, string>;
}

const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const DEFAULT_LEXICON_FILES = [`${DATA_DIR}bodies.yaml`, `${DATA_DIR}places.yaml`];

function emptyLexicon(): Lexicon {
  return {
    bodies: [],
    sessions: [],
    sessionOrgans: [],
    sessionOrganPrefixes: [],
    notBodyPatterns: [],
    templates: [],
    levelWords: [],
    levelWordBlockers: [],
    synonyms: {},
    heads: [],
    headKinds: {},
    jurisdictionAliases: {},
    notBodies: [],
    leftStops: [],
    nameStarts: [],
    nameJoiners: [],
    taskVerbs: [],
    determiners: [],
    canonicalTerms: {},
    titleEndings: [],
    levelTitles: {},
    abbreviations: {},
    abbreviationVerbs: [],
    compounds: {},
    shortForms: {},
    needsContext: [],
    notPlaces: [],
    countries: {},
    outletHomes: {},
  };
}

export class LexiconFileError extends Error {}

/** Sections of a lexicon file that the extractor reads (src/extract/lexicon.ts), not tables of this lexicon. */
export const EXTRACTOR_SECTIONS: readonly string[] = ['titles', 'names', 'meetings'];

function mergeInto(lexicon: Lexicon, file: string, data: unknown): void {
  if (data === null || data === undefined) return;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new LexiconFileError(`${file}: expected a mapping of lexicon tables at the top level`);
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (EXTRACTOR_SECTIONS.includes(key)) continue;
    if (!(key in lexicon)) throw new LexiconFileError(`${file}: unknown lexicon table "${key}"`);
    const table = key as keyof Lexicon;
    const current = lexicon[table];
    if (Array.isArray(current)) {
      if (!Array.isArray(value)) throw new LexiconFileError(`${file}: "${key}" must be a list`);
      if (table === 'bodies') mergeBodies(lexicon.bodies, value as BodyEntry[], file);
      else (current as unknown[]).push(...value);
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new LexiconFileError(`${file}: "${key}" must be a mapping`);
      }
      Object.assign(current, value);
    }
  }
}

function mergeBodies(bodies: BodyEntry[], added: BodyEntry[], file: string): void {
  for (const body of added) {
    if (typeof body?.name !== 'string') throw new LexiconFileError(`${file}: every body needs a name`);
    const aka = (body.aka ?? []).map(String);
    const known = bodies.find((existing) => existing.name === body.name);
    if (known) {
      known.aka.push(...aka.filter((alias) => !known.aka.includes(alias)));
      if (body.kind) known.kind = body.kind;
    } else {
      bodies.push({ name: body.name, kind: body.kind ?? 'organization', aka });
    }
  }
}

/** Reads the built-in tables and then `files`, in order. Throws LexiconFileError naming the bad file. */
export function readLexicon(files: string[] = []): Lexicon {
  const lexicon = emptyLexicon();
  for (const file of [...DEFAULT_LEXICON_FILES, ...files]) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new LexiconFileError(`${file}: cannot read lexicon file (${(error as Error).message})`);
    }
    let data: unknown;
    try {
      data = yaml.load(text);
    } catch (error) {
      throw new LexiconFileError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
    mergeInto(lexicon, file, data);
  }
  return lexicon;
}
