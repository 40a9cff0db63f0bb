/**
 * What the resolve stage asks of the lexicon (alias table, title suffixes, gazetteer). The graph stage takes it as
 * a parameter so that it runs on plain data; `defaultLexicon()` (./default-lexicon.ts) wires huiyi's own lexicon.
 */
export interface ArticleJurisdiction {
  /** Full place path of the article's jurisdiction (北京市, 北京市朝阳区), or null when unknown. */
  jurisdiction: string | null;
}

export interface LexiconBody {
  name: string;
  kind: string | null;
}

export interface LexiconPlace {
  name: string;
  path: string;
  /** 'country' | 'province' | 'city' | 'county' | …, as the gazetteer says. */
  level: string | null;
  code: string | null;
  parent: string | null;
}

export interface Lexicon {
  /** The canonical body a surface form names in this context (防控工作领导小组 → 北京新冠肺炎疫情防控工作领导小组). */
  resolveBody(surface: string, context: ArticleJurisdiction): LexiconBody | null;
  /** The body a title is held in (市委副书记 in Beijing → 北京市委; 市长 → 北京市人民政府). */
  bodyOfTitle(title: string, context: ArticleJurisdiction): LexiconBody | null;
  placeInfo(path: string): LexiconPlace | null;
  /** The place path a body is based in (北京市委 → 北京市). */
  bodyPlace(bodyName: string): string | null;
  /** The jurisdiction an article's facts imply, when the caller gives none. */
  jurisdictionOf?(places: string[]): string | null;
}

/** Levels at which a name is common enough that people are told apart by jurisdiction. */
export const NATIONAL_OR_PROVINCIAL_LEVELS: ReadonlySet<string> = new Set(['country', 'province']);

/** A lexicon that knows nothing: bodies stay as written, titles resolve only through the article's own bodies. */
export const EMPTY_LEXICON: Lexicon = {
  resolveBody: () => null,
  bodyOfTitle: () => null,
  placeInfo: () => null,
  bodyPlace: () => null,
};
