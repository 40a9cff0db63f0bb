import { allMatches } from '../text/regexp.js';
/** A sentence of the article text with its span in `ParsedArticle.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]*/gu;

/** Splits text on 。！？； and line breaks, keeping offsets (the title line is a sentence of its own). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const m of allMatches(SENTENCE, text)) {
    if (m[0].trim() === '') continue;
    sentences.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return sentences;
}
