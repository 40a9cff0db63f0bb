import { escapeRegExp, type ExtractLexicon } from './lexicon.js';
import type { NameBook } from './names.js';

const HAN = '[\\u3400-\\u9fff]';
/** What may follow a name right after a title: punctuation, a verb of speech or action, a particle. */
const AFTER_NAME = `(?=[，。、；：:“”"（）()\\s]|$|说|指|强调|表示|认为|介绍|要求|在|主持|出席|参加|列席|等|同志|和|与|及|的|称|作|向|就|也|还|则|对|到|将|已|曾|率|于|为|昨|今|前|[0-9０-９])`;

interface Patterns {
  titled: RegExp;
  speaking: RegExp;
  postposed: RegExp;
  affiliated: RegExp;
  list: RegExp;
}

const cache = new WeakMap<ExtractLexicon, Patterns>();

function patterns(lex: ExtractLexicon): Patterns {
  let p = cache.get(lex);
  if (p) return p;
  const alt = (words: string[]) => words.map(escapeRegExp).join('|');
  p = {
    titled: new RegExp(`(?:${alt(lex.heads)})(${HAN}{2,3}?)${AFTER_NAME}`, 'gu'),
    speaking: new RegExp(`(?<=^|[，。；：:“\\n])(${HAN}{2,3}?)(?:${alt(lex.speechVerbs)})`, 'gu'),
    postposed: new RegExp(`(?<=^|[^\\u3400-\\u9fff]|[以和与及由向对同据即])(${HAN}{2,3}?)(?:${alt(lex.postposed)})(?![会团部局])`, 'gu'),
    affiliated: new RegExp(`(?:${alt(lex.affiliations)})(${HAN}{2,4}?)${AFTER_NAME}`, 'gu'),
    list: new RegExp(`${HAN}{2,3}(?:、${HAN}{2,3}){2,}${AFTER_NAME}`, 'gu'),
  };
  cache.set(lex, p);
  return p;
}

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * Persons named anywhere in the text (Simplified view, offsets shared with the original): after a title
 * (保安局局长李家超在…), before a verb of speech at a clause start (李克强说), before a postposed title or 同志
 * (习近平总书记, 以习近平同志为核心), after a party affiliation (民建联李慧琼), in lists of three or more names
 * (决定杨振武、信春鹰、李飞…为大会副秘书长), and every occurrence of a known or learned name.
 */
export function findPeople(lex: ExtractLexicon, names: NameBook, simplified: string): NameSpan[] {
  const p = patterns(lex);
  const found: NameSpan[] = [];
  const take = (name: string, start: number, context: 'bare' | 'titled' | 'listed') => {
    if (names.isName(name, context)) found.push({ name, start, end: start + name.length });
  };
  for (const m of simplified.matchAll(p.titled)) take(m[1]!, m.index + m[0].length - m[1]!.length, 'bare');
  for (const m of simplified.matchAll(p.speaking)) take(m[1]!, m.index, 'bare');
  for (const m of simplified.matchAll(p.postposed)) take(m[1]!, m.index, 'bare');
  for (const m of simplified.matchAll(p.affiliated)) take(m[1]!, m.index + m[0].length - m[1]!.length, 'titled');
  for (const m of simplified.matchAll(p.list)) {
    const items = m[0].split('、');
    if (items.every((item) => names.isName(item, 'bare'))) {
      let at = m.index;
      for (const item of items) {
        found.push({ name: item, start: at, end: at + item.length });
        at += item.length + 1;
      }
    }
  }
  for (const span of found) names.learn(span.name);
  const known = [...names.learned, ...names.lexicon.known];
  for (const name of known) {
    for (let at = simplified.indexOf(name); at >= 0; at = simplified.indexOf(name, at + name.length)) {
      found.push({ name, start: at, end: at + name.length });
    }
  }
  return found;
}
