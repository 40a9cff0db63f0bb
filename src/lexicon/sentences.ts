import type { Evidence } from '../types.js';

const SENTENCE_END = new Set([...'。！？；!?;\n'].map((char) => char.charCodeAt(0)));

/** The sentence of `text` holding the span [start, end), as Evidence with its offsets. */
export function sentenceAround(text: string, start: number, end: number): Evidence {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.has(text.charCodeAt(to))) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { sentence: text.slice(from, to), start: from, end: to };
}
