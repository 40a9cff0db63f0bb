import { matchPlaces } from '../lexicon/place-matcher.js';
import type { ExtractLexicon } from './lexicon.js';

/** Where a candidate name stands: decides how much evidence a bare string needs to count as a name. */
export type NameContext =
  /** right after a title (市长陈吉宁) or before a postposed one: the structure vouches for it */
  | 'titled'
  /** inside a list of names separated by 、, not its last item */
  | 'listed'
  /** anywhere else: needs a surname and an ordinary length */
  | 'bare';

const HAN = /^[\u3400-\u9fff]+$/u;
const DOTTED = /^[\u3400-\u9fff]{1,10}[·•‧・．][\u3400-\u9fff]{1,12}$/u;
/** Function words that never sit inside a Chinese personal name after its first character. */
const FUNCTION_CHARS = new Set([...'的了是在和与及等为对从向就把被将之这那们说指称要会议又未使再亦都欲']);
/**
 * Adverbs and verbs that end no name, though names may hold them inside: the word after a name before its verb
 * (毛孟静随, 谭文豪续, 岳昕则表示, 張翔僅回應, 周官並指出, 娄烨曾说, 高福看到, 林鄭即會見; but 齐续春).
 */
const FINAL_FUNCTION_CHARS = new Set([...'随续仅曾则并也看却已仍皆竟以辩而还者据更即']);

/** Names known in advance plus those learned from confident matches; shared by the stages of one extraction. */
export class NameBook {
  readonly learned = new Set<string>();
  constructor(readonly lexicon: ExtractLexicon) {}

  has(name: string): boolean {
    return this.learned.has(name) || this.lexicon.known.has(name);
  }

  learn(name: string): void {
    this.learned.add(name);
  }

  /** Whether `s` can be a person's name in the given context (see NameContext). */
  isName(s: string, context: NameContext): boolean {
    const lex = this.lexicon;
    if (DOTTED.test(s)) return !lex.notInNames.test(s) && !FUNCTION_CHARS.has(s[0]!);
    if (!HAN.test(s) || s.length < 2 || lex.notNames.has(s) || lex.notInNames.test(s)) return false;
    if (this.has(s)) return true;
    // 毛孟静随 / 谭文豪续: a known name and the verb after it.
    if (s.length === 4 && this.has(s.slice(0, 3))) return false;
    if (lex.notNameEndings.has(s.at(-1)!)) return false;
    if (context !== 'titled' && lex.adverbSurnames.has(s[0]!)) return false;
    for (const c of s.slice(1)) if (FUNCTION_CHARS.has(c)) return false;
    if (this.endsInAdverb(s)) return false;
    const compound = lex.compoundSurnames.has(s.slice(0, 2));
    const surname = lex.surnames.has(s[0]!) || compound;
    // 印尼, 南韩: a place, though it starts like a name.
    const shaped = (s.length <= 3 && surname && (s.length === 3 || !compound)) ||
      (s.length === 4 && (compound || (lex.surnames.has(s[0]!) && lex.surnames.has(s[1]!))));
    if (shaped) return context === 'titled' || !matchPlaces(s, null).some((place) => place.start === 0 && place.end === s.length);
    if (s.length === 4 && surname && context !== 'bare') return context === 'listed' || context === 'titled';
    // 纳扎尔巴耶夫主持会议: a foreign name needs a title before it, unless it is too long to be anything else.
    const foreignLength = context === 'titled' ? 3 : 5;
    if (s.length >= foreignLength && s.length <= 8) return this.isForeignName(s);
    return false;
  }

  /** Whether `s` ends in an adverb or verb that ends no name (刘明丽皆, 岳昕则). */
  endsInAdverb(s: string): boolean {
    return FINAL_FUNCTION_CHARS.has(s.at(-1)!);
  }

  /** A run of transliteration characters (纳扎尔巴耶夫) that is not a place (哈萨克斯坦总统 names a country). */
  isForeignName(s: string): boolean {
    if (![...s].every((c) => this.lexicon.transliteration.has(c))) return false;
    return !matchPlaces(s, null).some((place) => place.start === 0);
  }
}
