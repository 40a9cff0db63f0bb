/** Values of Chinese numeral characters, including the financial and colloquial forms found in news prose. */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000, 萬: 10000 };
/** 廿 (20), 卅 (30), 卌 (40) each stand for a digit followed by 十. */
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

/** Characters that can make up a Chinese numeral; for building regexes. */
export const CHINESE_NUMERAL_CHARS = '〇零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬廿卅卌';

/**
 * Reads an integer written in Chinese numerals (一百三十三 → 133, 二百零八 → 208, 两百 → 200, 廿 → 20, 十一 → 11)
 * or positionally with 〇 (一〇八 → 108), or in ASCII/full-width digits. Returns null when the string is not a numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  const chars = [...s];
  if (!chars.every((c) => c in DIGITS || c in UNITS || c in TENS)) return null;
  if (chars.every((c) => c in DIGITS) && chars.length > 1) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    const u = UNITS[c];
    const t = TENS[c];
    if (d !== undefined) {
      digit = d;
    } else if (t !== undefined) {
      section += t;
      digit = null;
    } else if (u === 10000) {
      total += (section + (digit ?? 0)) * u;
      section = 0;
      digit = null;
    } else if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
