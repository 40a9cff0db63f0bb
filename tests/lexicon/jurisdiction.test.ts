import { describe, expect, it } from 'vitest';
import { extractBodies } from '../../src/extract/bodies.js';
import { inferContext } from '../../src/lexicon/context.js';
import { parsedArticle } from '../support/parsed-article.js';

// hkcnews 20518 names no place at all: its outlet says whose news it is.
const LEGCO = parsedArticle('【引渡修例】石禮謙早上主持19秒「會議」　下午稱「我無能」不再任主持', [
  '民主派見記者時，提出民主派、建制派及政府舉行三方會談。',
], { outlet: '眾新聞' });

describe('an article’s jurisdiction from its outlet (data/places.yaml outletHomes)', () => {
  it('reads a Hong Kong outlet’s article with no place in its text as Hong Kong news', () => {
    expect(inferContext(LEGCO).jurisdiction).toBe('香港特别行政区');
    expect(inferContext({ ...LEGCO, outlet: null }).jurisdiction).toBeNull();
  });
});

describe('an article’s own division', () => {
  it('narrows to a division of the province only, not to another 区 the text names (hkcnews 30168: 香港變新疆, 港區人大)', () => {
    const article = parsedArticle('【國安法】', [
      '示威者舉牌「國安法來港　香港變新疆」。馬作為港區人大代表團長，料現正在北京出席全國人大會議。',
    ], { outlet: '眾新聞' });
    expect(inferContext(article).jurisdiction).toBe('香港特别行政区');
  });
});

describe('words that name a body of the jurisdiction (data/bodies.yaml jurisdictionAliases)', () => {
  it('reads 政府 standing alone in Hong Kong news as the government of Hong Kong (hkcnews 20518)', () => {
    const government = extractBodies(LEGCO, inferContext(LEGCO)).find((body) => body.name === '香港特别行政区政府');
    expect(government?.aka).toContain('政府');
  });

  it('leaves 政府 at the end of another name alone (hkcnews: 美國政府考慮…)', () => {
    const article = parsedArticle('華春瑩：美國傳媒報道', [
      '華春瑩在回答該網記者提問時並說：「昨有美國傳媒報道，美國政府考慮對所有中國共產黨員及家屬實行旅行限制。」',
    ], { outlet: '眾新聞' });
    expect(extractBodies(article, inferContext(article)).map((body) => body.name)).not.toContain('香港特别行政区政府');
  });
});
