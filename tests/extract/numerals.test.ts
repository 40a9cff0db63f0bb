import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../src/extract/numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一百三十三', 133], // 北京新冠肺炎疫情防控工作领导小组第一百三十三次会议
    ['八十四', 84], // 首都严格进京管理联防联控协调机制第八十四次会议
    ['一百八十九', 189],
    ['一百三十八', 138],
    ['二百零八', 208],
    ['两百', 200],
    ['廿', 20],
    ['廿三', 23],
    ['卅', 30],
    ['十', 10],
    ['十一', 11],
    ['二十四', 24], // 中央全面深化改革委员会第二十四次会议
    ['一〇八', 108],
    ['一千零一', 1001],
    ['三万五千', 35000],
    ['12', 12],
    ['１３', 13],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('会议')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});
