import type { ParsedArticle } from '../types.js';
import { activeLexicon } from './active.js';
import { getGazetteer, type PlaceInfo } from './gazetteer.js';
import { matchPlaces } from './place-matcher.js';
import { simplifiedText, simplifyKeepingOffsets } from './text.js';

/** What an article's words mean depends on where it is from: 市委 in a Beijing article is 北京市委. */
export interface ArticleContext {
  /** Full place path of the article's own division, e.g. '北京市' or '北京市朝阳区'; null for national news. */
  jurisdiction: string | null;
  /**
   * The article itself, when the context is read from one: `resolveBody` then names a body as the
   * article's body list does (its most complete form in that article).
   */
  article?: ParsedArticle;
}

/** Credits weigh more than one mention in the text: 来源 北京朝阳 says whose news this is. */
const CREDIT_WEIGHT = 3;
const TITLE_WEIGHT = 2;

/**
 * The article's jurisdiction: the province most named in its title, text and credits; narrowed to the
 * city or district most named inside it when the text speaks of its own 区委/区长/县委/市委… (a level
 * word with no place before it), since then the article is that division's own news.
 */
export function inferContext(parsed: ParsedArticle): ArticleContext {
  const gazetteer = getGazetteer();
  const text = simplifiedText(parsed);
  const credits = simplifyKeepingOffsets([...parsed.origin, parsed.outlet ?? ''].join('\n'));
  const titleEnd = parsed.paragraphs.find((paragraph) => paragraph.kind === 'title')?.text.length ?? 0;

  const weights = new Map<string, number>();
  const tally = (path: string, weight: number) => weights.set(path, (weights.get(path) ?? 0) + weight);
  for (const match of matchPlaces(text, null)) tally(match.path, match.start < titleEnd ? TITLE_WEIGHT : 1);
  for (const match of matchPlaces(credits, null)) tally(match.path, CREDIT_WEIGHT);
  const { outletHomes } = activeLexicon();
  for (const outlet of [...parsed.origin, parsed.outlet]) {
    const home = outlet === null ? undefined : outletHomes[outlet];
    if (home) tally(home, CREDIT_WEIGHT);
  }

  const provinceWeights = new Map<string, number>();
  for (const [path, weight] of weights) {
    const province = gazetteer.ancestry(path)[0];
    if (province) provinceWeights.set(province.path, (provinceWeights.get(province.path) ?? 0) + weight);
  }
  const province = heaviest(provinceWeights);
  if (!province) return { jurisdiction: null, article: parsed };

  // Weak names (朝阳, 房山) count now that the province is known.
  // Only divisions of that province: 香港變新疆 names 新疆维吾尔自治区, whose 区 is no district of Hong Kong.
  const inside = new Map<string, number>();
  const isInside = (path: string) => path !== province && gazetteer.within(path, province);
  for (const match of matchPlaces(text, province)) {
    if (isInside(match.path)) inside.set(match.path, (inside.get(match.path) ?? 0) + 1);
  }
  for (const match of matchPlaces(credits, province)) {
    if (isInside(match.path)) inside.set(match.path, (inside.get(match.path) ?? 0) + CREDIT_WEIGHT);
  }
  for (const levelWord of ownLevelWords(text)) {
    const local = heaviest(
      new Map([...inside].filter(([path]) => levelOf(gazetteer.byPath.get(path)) === levelWord)),
    );
    if (local) return { jurisdiction: local, article: parsed };
  }
  return { jurisdiction: province, article: parsed };
}

function heaviest(weights: Map<string, number>): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  for (const [path, weight] of weights) {
    if (weight > bestWeight) {
      best = path;
      bestWeight = weight;
    }
  }
  return best;
}

/** The level word a division's name ends with (朝阳区 → 区, 长春市 → 市). */
export function levelOf(info: PlaceInfo | undefined): string | null {
  if (!info) return null;
  return activeLexicon().levelWords.find((word) => info.name.endsWith(word)) ?? null;
}

const OWN_BODY = /^(?:委|政府|人大|政协|长|纪委|疫情)/;

/** Level words used bare (区委, 县长), most specific first: they tell the article is that level's news. */
function ownLevelWords(text: string): string[] {
  const { levelWords, levelWordBlockers } = activeLexicon();
  const blockers = new Set(levelWordBlockers);
  const found = new Set<string>();
  for (const levelWord of levelWords) {
    for (let i = text.indexOf(levelWord); i >= 0 && !found.has(levelWord); i = text.indexOf(levelWord, i + 1)) {
      if (i > 0 && blockers.has(text[i - 1]!)) continue;
      if (OWN_BODY.test(text.slice(i + 1, i + 3))) found.add(levelWord);
    }
  }
  return ['区', '县', '州', '市'].filter((word) => found.has(word));
}

/** The division a level word stands for in this context: 市 in 北京市朝阳区 → 北京市. */
export function divisionOfLevelWord(levelWord: string, ctx: ArticleContext): PlaceInfo | null {
  if (!ctx.jurisdiction) return null;
  const chain = getGazetteer().ancestry(ctx.jurisdiction);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (chain[i]!.name.endsWith(levelWord)) return chain[i]!;
  }
  return null;
}
