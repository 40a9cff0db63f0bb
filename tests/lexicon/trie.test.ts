import { describe, expect, it } from 'vitest';
import { Trie } from '../../src/lexicon/trie.js';

describe('Trie', () => {
  it('finds the longest key at a position, and none past the end of the text', () => {
    const trie = new Trie<string>();
    for (const key of ['北京', '北京市', '北京市朝阳区', '朝阳']) trie.add(key, key);
    expect(trie.longestAt('北京市朝阳', 0)).toEqual({ start: 0, end: 3, values: ['北京市'] });
    expect(trie.longestAt('北京市朝阳', 3)).toEqual({ start: 3, end: 5, values: ['朝阳'] });
    expect(trie.longestAt('北京市朝阳', 1)).toBeNull();
    expect(trie.longestAt('北京市朝阳', 5)).toBeNull();
  });

  it('finds nothing past the end of the text even when a key starts with U+0000', () => {
    const trie = new Trie<string>();
    trie.add('\u0000北', 'nul');
    expect(trie.longestAt('北京', 2)).toBeNull();
    expect(trie.longestAt('\u0000北', 0)).toEqual({ start: 0, end: 2, values: ['nul'] });
  });

  it('finds a key of one unit whether or not a longer key starts with the same unit', () => {
    const trie = new Trie<string>();
    for (const key of ['京', '京津冀', '沪']) trie.add(key, key);
    expect(trie.longestAt('进京。', 1)).toEqual({ start: 1, end: 2, values: ['京'] });
    expect(trie.longestAt('进京', 1)).toEqual({ start: 1, end: 2, values: ['京'] });
    expect(trie.longestAt('京津冀', 0)).toEqual({ start: 0, end: 3, values: ['京津冀'] });
    expect(trie.longestAt('京津', 0)).toEqual({ start: 0, end: 1, values: ['京'] });
    expect(trie.longestAt('沪上', 0)).toEqual({ start: 0, end: 1, values: ['沪'] });
    expect(trie.longestAt('津京', 0)).toBeNull();
  });

  it('scans leftmost-longest without overlaps, every value of a key kept in order', () => {
    const trie = new Trie<number>();
    trie.add('中国', 1);
    trie.add('国家', 2);
    trie.add('中国', 3);
    expect(trie.scan('中国家中国')).toEqual([
      { start: 0, end: 2, values: [1, 3] },
      { start: 3, end: 5, values: [1, 3] },
    ]);
  });

  it('walks reversed keys leftwards', () => {
    const trie = new Trie<string>();
    for (const stop of ['召开', '在']) trie.add([...stop].reverse().join(''), stop);
    expect(trie.longestBefore('昨天召开', 4)).toEqual({ start: 2, end: 4, values: ['召开'] });
    expect(trie.longestBefore('在京', 1)).toEqual({ start: 0, end: 1, values: ['在'] });
    expect(trie.longestBefore('在京', 0)).toBeNull();
  });

  it('keeps every key when the edge table grows far past its first size', () => {
    const trie = new Trie<number>();
    const keys = Array.from({ length: 5000 }, (_, index) => `键${String.fromCharCode(0x4e00 + index)}${index}`);
    keys.forEach((key, index) => trie.add(key, index));
    expect(keys.every((key, index) => trie.longestAt(key, 0)?.values[0] === index)).toBe(true);
    expect(trie.longestAt('键丁', 0)).toBeNull();
  });
});
