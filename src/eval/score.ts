import type { ArticleFacts, Meeting } from '../types.js';
import { normalizeForScoring } from '../text/normalize.js';

/**
 * Scoring extracted facts against gold, by the rules of ../shared/gold/FORMAT.md ("How huiyi eval scores"):
 * each category is a set of items per article, compared as sets; totals are micro-averaged over the
 * gold articles; a gold article absent from the prediction counts as an empty prediction.
 */

export const CATEGORIES = [
  'participation',
  'titles',
  'meetings',
  'people',
  'bodies',
  'places',
  'published',
  'staff',
  'origin',
  'outlet',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** One element of a category's set for one article. */
export interface Item {
  /** What is compared: the item's fields after `normalizeForScoring`. */
  key: string;
  /** How the item is shown, as the facts wrote it. */
  label: string;
  /**
   * On the gold side, the keys a predicted item may have to match this one. Only bodies have more than
   * their own key: a gold body is matched by its `name` or any of its `aka`.
   */
  accepts: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Precision, recall and F1 are null ("n/a") when undefined, never silently 1:
 * precision = tp/(tp+fp) is null with nothing predicted, recall = tp/(tp+fn) is null with nothing in gold,
 * F1 = 2tp/(2tp+fp+fn) is null only when there is nothing on either side. So gold items with no prediction
 * give F1 0, and predictions where gold has none give F1 0 too.
 */
export interface CategoryScore extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export type MissKind = 'missed' | 'spurious';

export interface Miss {
  article: string;
  category: Category;
  /** `missed`: in gold, not predicted (a false negative); `spurious`: predicted, not in gold (a false positive). */
  kind: MissKind;
  item: string;
}

export interface Score {
  perCategory: Record<Category, CategoryScore>;
  misses: Miss[];
  /** Gold articles with no predicted record: scored as empty predictions. */
  unpredicted: string[];
  /** Predicted articles that are not in the gold: ignored. */
  ignored: string[];
}

export function rates({ tp, fp, fn }: Counts): CategoryScore {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

type Field = string | number | null;

/** A tuple item: compared on its normalized fields, shown with its fields as written. */
function tupleItem(fields: Field[]): Item {
  const key = JSON.stringify(fields.map((field) => (typeof field === 'string' ? normalizeForScoring(field) : field)));
  return { key, label: fields.map((field) => String(field)).join(' · '), accepts: [key] };
}

/**
 * The (date, body, session) items of one meeting. FORMAT.md makes one item "for every body of every meeting",
 * so a gathering convened by no body (a forum, a symposium) has none: it is scored through its participants.
 */
export function meetingItems(meeting: Meeting): Item[] {
  return meeting.bodies.map((body) => tupleItem([meeting.date, body.name, body.session]));
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const BEIJING_OFFSET_MINUTES = 8 * 60;

/**
 * The minute of an ISO 8601 instant, as minutes since the epoch, or null when the string is no such instant.
 * Parsed by hand because `Date.parse` reads an offset-less string in the machine's zone; per GUIDE.md a time
 * without offset is Beijing time.
 */
export function minuteOf(instant: string): number | null {
  const match = ISO_INSTANT.exec(instant.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, , zone] = match;
  let offsetMinutes = BEIJING_OFFSET_MINUTES;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const localMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  const asDate = new Date(localMs);
  // Date.UTC rolls 2021-02-30 over to March; such a string is not an instant.
  if (asDate.getUTCDate() !== Number(day) || asDate.getUTCMonth() !== Number(month) - 1) return null;
  return localMs / 60_000 - offsetMinutes;
}

/** Shows a minute in Beijing time, the zone of the facts. */
function beijingMinute(minute: number): string {
  return `${new Date((minute + BEIJING_OFFSET_MINUTES) * 60_000).toISOString().slice(0, 16)}+08:00`;
}

/** A string that is no instant still is a claim: it stays an item and can only ever be spurious or missed. */
function publishedItem(published: string): Item {
  const minute = minuteOf(published);
  if (minute === null) return { key: `unparseable:${published}`, label: `${published} (not an instant)`, accepts: [] };
  const key = String(minute);
  return { key, label: beijingMinute(minute), accepts: [key] };
}

/**
 * The set of items one article's facts hold in a category, deduplicated by key
 * (for bodies, the aka lists of bodies with the same name are united).
 */
export function itemsOf(category: Category, facts: ArticleFacts): Item[] {
  const items = rawItemsOf(category, facts);
  const byKey = new Map<string, Item>();
  for (const item of items) {
    const seen = byKey.get(item.key);
    if (seen) seen.accepts = [...new Set([...seen.accepts, ...item.accepts])];
    else byKey.set(item.key, item);
  }
  return [...byKey.values()];
}

function rawItemsOf(category: Category, facts: ArticleFacts): Item[] {
  switch (category) {
    case 'participation':
      return facts.meetings.flatMap((meeting) =>
        meeting.participants.map((participant) => tupleItem([participant.name, participant.role])),
      );
    case 'titles':
      return facts.meetings.flatMap((meeting) =>
        meeting.participants.flatMap((participant) =>
          participant.titles.map((title) => tupleItem([participant.name, title])),
        ),
      );
    case 'meetings':
      return facts.meetings.flatMap(meetingItems);
    case 'people':
      return facts.people.map((person) => tupleItem([person]));
    case 'bodies':
      return facts.bodies.map((body) => {
        const item = tupleItem([body.name]);
        const accepts = [item.key, ...body.aka.map((aka) => tupleItem([aka]).key)];
        const label = body.aka.length > 0 ? `${body.name} (aka ${body.aka.join(', ')})` : body.name;
        return { key: item.key, label, accepts: [...new Set(accepts)] };
      });
    case 'places':
      return facts.places.map((place) => tupleItem([place]));
    case 'published':
      return facts.published === null ? [] : [publishedItem(facts.published)];
    case 'staff':
      return facts.staff.map((member) => tupleItem([member.name, member.role]));
    case 'origin':
      return facts.origin.map((source) => tupleItem([source]));
    case 'outlet':
      return facts.outlet === null ? [] : [tupleItem([facts.outlet])];
  }
}

export interface Comparison {
  tp: number;
  missed: Item[];
  spurious: Item[];
}

/**
 * Compares one article's gold and predicted sets of a category.
 *
 * A predicted item matches a gold item when its key is one the gold item accepts; each gold item and each
 * predicted item is used at most once, and the pairing is a maximum matching. For every category but bodies
 * this is plain set intersection. For bodies it means: predicted 北京市委 and predicted 市委 against one gold
 * 北京市委 (aka 市委) give one true positive and one false positive. The prediction claims two organizations
 * where the text names one; counting both as correct would reward splitting one body into several, and
 * dropping the second would hide that error, so the exact, not lenient, reading is a spurious item.
 * Maximum matching (not first come, first served) keeps the result independent of order when gold bodies
 * share an aka.
 */
export function compareItems(gold: Item[], predicted: Item[]): Comparison {
  const goldByKey = new Map<string, number[]>();
  gold.forEach((item, index) => {
    for (const key of item.accepts) goldByKey.set(key, [...(goldByKey.get(key) ?? []), index]);
  });
  const predictedOfGold = new Array<number | undefined>(gold.length).fill(undefined);

  // Kuhn's augmenting paths: the sets of one article are small.
  const augment = (predictedIndex: number, visited: Set<number>): boolean => {
    const item = predicted[predictedIndex];
    if (!item) return false;
    for (const goldIndex of goldByKey.get(item.key) ?? []) {
      if (visited.has(goldIndex)) continue;
      visited.add(goldIndex);
      const holder = predictedOfGold[goldIndex];
      if (holder === undefined || augment(holder, visited)) {
        predictedOfGold[goldIndex] = predictedIndex;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, index) => augment(index, new Set()));

  const matchedPredicted = new Set(predictedOfGold.filter((index) => index !== undefined));
  return {
    tp: matchedPredicted.size,
    missed: gold.filter((_, index) => predictedOfGold[index] === undefined),
    spurious: predicted.filter((_, index) => !matchedPredicted.has(index)),
  };
}

/** Facts of an article in which nothing was found: what an article absent from a prediction counts as. */
export function emptyFacts(article: string): ArticleFacts {
  return { article, ...EMPTY_FACTS };
}

const EMPTY_FACTS: Omit<ArticleFacts, 'article'> = {
  published: null,
  outlet: null,
  origin: [],
  staff: [],
  meetings: [],
  people: [],
  bodies: [],
  places: [],
};

/** Indexes facts by article, refusing two records of one article: which of them to score would be a guess. */
export function byArticle(facts: ArticleFacts[], side: string): Map<string, ArticleFacts> {
  const index = new Map<string, ArticleFacts>();
  for (const record of facts) {
    if (index.has(record.article)) throw new Error(`${side}: article ${record.article} appears twice`);
    index.set(record.article, record);
  }
  return index;
}

/** Scores predicted facts against gold facts, every category, micro-averaged over the gold articles. */
export function scoreArticles(gold: ArticleFacts[], predicted: ArticleFacts[]): Score {
  const goldIndex = byArticle(gold, 'gold');
  const predictedIndex = byArticle(predicted, 'predicted');
  const totals = Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    Counts
  >;
  const misses: Miss[] = [];
  const unpredicted: string[] = [];

  for (const [article, goldFacts] of goldIndex) {
    const predictedFacts = predictedIndex.get(article);
    if (!predictedFacts) unpredicted.push(article);
    for (const category of CATEGORIES) {
      const comparison = compareItems(
        itemsOf(category, goldFacts),
        itemsOf(category, predictedFacts ?? emptyFacts(article)),
      );
      const total = totals[category];
      total.tp += comparison.tp;
      total.fn += comparison.missed.length;
      total.fp += comparison.spurious.length;
      for (const item of comparison.missed) misses.push({ article, category, kind: 'missed', item: item.label });
      for (const item of comparison.spurious) misses.push({ article, category, kind: 'spurious', item: item.label });
    }
  }

  const perCategory = Object.fromEntries(CATEGORIES.map((category) => [category, rates(totals[category])])) as Record<
    Category,
    CategoryScore
  >;
  const ignored = [...predictedIndex.keys()].filter((article) => !goldIndex.has(article));
  return { perCategory, misses, unpredicted, ignored };
}
