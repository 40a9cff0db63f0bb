import type { ArticleFacts, Meeting } from '../types.js';
import { normalizeForScoring } from '../text/normalize.js';
import { byArticle, meetingItems, rates } from './score.js';
import type { CategoryScore } from './score.js';

/**
 * `meeting_merge` (FORMAT.md): two gold meetings with the same `id` must end up as one Meeting node in the
 * built graph, and different ids as different nodes, scored pairwise over meeting mentions in different
 * articles.
 */

/** The graph node a predicted meeting of an article ended up in, or undefined when it is in no node. */
export type MeetingNodeOf = (article: string, meeting: Meeting) => string | undefined;

export interface MergeScore extends CategoryScore {
  /** Gold meeting mentions (one per meeting per article). */
  mentions: number;
  /** Of those, the ones aligned to a predicted meeting of the same article. */
  aligned: number;
}

interface Similarity {
  sharedItems: number;
  sharedParticipants: number;
}

function similarity(gold: Meeting, predicted: Meeting): Similarity {
  const predictedItems = new Set(meetingItems(predicted).map((item) => item.key));
  const predictedPeople = new Set(predicted.participants.map((participant) => normalizeForScoring(participant.name)));
  return {
    sharedItems: meetingItems(gold).filter((item) => predictedItems.has(item.key)).length,
    sharedParticipants: new Set(
      gold.participants.map((participant) => normalizeForScoring(participant.name)).filter((name) => predictedPeople.has(name)),
    ).size,
  };
}

/**
 * Pairs the gold meetings of one article with its predicted meetings, one to one, as [gold index, predicted index].
 *
 * Two meetings can pair when they share a (date, body, session) item or, failing that, a participant: the
 * participants are what tell apart two body-less gatherings (a forum, a 会见), and a prediction with a wrong
 * session is still the same gathering for the purpose of checking the merge. Pairs are taken greedily, most
 * shared items first, then most shared participants, then in text order, so a meeting whose body and session
 * agree always wins over one that merely shares its chair.
 */
export function alignMeetings(gold: Meeting[], predicted: Meeting[]): Array<[number, number]> {
  const candidates: Array<{ goldIndex: number; predictedIndex: number } & Similarity> = [];
  gold.forEach((goldMeeting, goldIndex) => {
    predicted.forEach((predictedMeeting, predictedIndex) => {
      const shared = similarity(goldMeeting, predictedMeeting);
      if (shared.sharedItems > 0 || shared.sharedParticipants > 0) candidates.push({ goldIndex, predictedIndex, ...shared });
    });
  });
  candidates.sort(
    (a, b) =>
      b.sharedItems - a.sharedItems ||
      b.sharedParticipants - a.sharedParticipants ||
      a.goldIndex - b.goldIndex ||
      a.predictedIndex - b.predictedIndex,
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { goldIndex, predictedIndex } of candidates) {
    if (usedGold.has(goldIndex) || usedPredicted.has(predictedIndex)) continue;
    usedGold.add(goldIndex);
    usedPredicted.add(predictedIndex);
    pairs.push([goldIndex, predictedIndex]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

interface Mention {
  article: string;
  goldId: string;
  aligned: boolean;
  node: string | undefined;
}

/**
 * Pairwise merge precision and recall. Every gold meeting of every gold article is a mention; each pair of
 * mentions from different articles is gold-same when their gold ids are equal and predicted-same when both
 * were aligned to predicted meetings that sit in the same graph node. True positive: both; false positive:
 * predicted-same only; false negative: gold-same only.
 *
 * A gold meeting the extractor did not find (or whose article was not predicted) is in no node, so it is
 * never predicted-same: the graph did not bring it together with its other reports, which is a merge failure
 * as the graph's user sees it. Predicted meetings aligned to no gold meeting have no gold identity and take no
 * part. Pairs inside one article are not counted: FORMAT.md's pairs are over articles.
 */
export function scoreMeetingMerge(
  gold: ArticleFacts[],
  predicted: ArticleFacts[],
  predictedMeetingNode: MeetingNodeOf,
): MergeScore {
  const predictedIndex = byArticle(predicted, 'predicted');
  const mentions: Mention[] = [];
  for (const [article, goldFacts] of byArticle(gold, 'gold')) {
    const predictedMeetings = predictedIndex.get(article)?.meetings ?? [];
    const nodeOfGold = new Map<number, string | undefined>();
    for (const [goldMeetingIndex, predictedMeetingIndex] of alignMeetings(goldFacts.meetings, predictedMeetings)) {
      const predictedMeeting = predictedMeetings[predictedMeetingIndex];
      if (predictedMeeting) nodeOfGold.set(goldMeetingIndex, predictedMeetingNode(article, predictedMeeting));
    }
    goldFacts.meetings.forEach((meeting, index) =>
      mentions.push({ article, goldId: meeting.id, aligned: nodeOfGold.has(index), node: nodeOfGold.get(index) }),
    );
  }

  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    if (!a) continue;
    for (let j = i + 1; j < mentions.length; j++) {
      const b = mentions[j];
      if (!b || a.article === b.article) continue;
      const goldSame = a.goldId === b.goldId;
      const predictedSame = a.node !== undefined && a.node === b.node;
      if (goldSame && predictedSame) tp++;
      else if (predictedSame) fp++;
      else if (goldSame) fn++;
    }
  }
  const aligned = mentions.filter((mention) => mention.aligned).length;
  return { ...rates({ tp, fp, fn }), mentions: mentions.length, aligned };
}
