import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractBodies, resolveBody } from '../../src/extract/bodies.js';
import { extractPlaces } from '../../src/extract/places.js';
import { loadLexicon } from '../../src/lexicon/active.js';
import { LexiconFileError } from '../../src/lexicon/lexicon.js';
import { shortFormOf } from '../../src/lexicon/gazetteer.js';
import { Trie } from '../../src/lexicon/trie.js';
import { articleOf } from './article.js';

const dir = mkdtempSync(join(tmpdir(), 'huiyi-lexicon-'));

afterEach(() => {
  loadLexicon();
});

describe('user lexicon files', () => {
  it('extend the alias table and the country list', () => {
    const file = join(dir, 'extra.yaml');
    writeFileSync(
      file,
      ['bodies:', '  - { name: 国家卫生健康委员会, aka: [卫健委员会] }', '  - { name: 中国物流集团, kind: company, aka: [中国物流] }', 'countries:', '  瓦努阿图: null'].join('\n'),
    );
    expect(resolveBody('中国物流', { jurisdiction: null })).toBeNull();
    loadLexicon({ files: [file] });
    expect(resolveBody('卫健委员会', { jurisdiction: null })?.name).toBe('国家卫生健康委员会');
    expect(resolveBody('国家卫健委', { jurisdiction: null })?.name).toBe('国家卫生健康委员会');
    const parsed = articleOf('标题', ['中国物流负责人访问瓦努阿图。']);
    expect(extractBodies(parsed, { jurisdiction: null })).toEqual([{ name: '中国物流集团', aka: ['中国物流'] }]);
    expect(extractPlaces(parsed, { jurisdiction: null })).toEqual(['瓦努阿图']);
  });

  it('give a body known only by its head noun the kind of that head (data/bodies.yaml headKinds)', () => {
    // seed 000 and xwlb 2020-03-30
    expect(resolveBody('首都严格进京管理联防联控协调机制', { jurisdiction: null })?.kind).toBe('mechanism');
    expect(resolveBody('中国国家铁路集团有限公司', { jurisdiction: null })?.kind).toBe('company');
    const file = join(dir, 'heads.yaml');
    writeFileSync(file, ['heads: [专班]', 'headKinds: { 专班: leading-group }'].join('\n'));
    expect(resolveBody('市疫情防控专班', { jurisdiction: null })).toBeNull();
    loadLexicon({ files: [file] });
    expect(resolveBody('武汉市疫情防控专班', { jurisdiction: null })).toMatchObject({ kind: 'leading-group' });
  });

  it('report a bad file by name', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'bodys: []\n');
    expect(() => loadLexicon({ files: [file] })).toThrow(new LexiconFileError(`${file}: unknown lexicon table "bodys"`));
  });
});

describe('gazetteer short forms', () => {
  it('strip the administrative suffix and ethnic autonomy words', () => {
    expect(shortFormOf('朝阳区')).toBe('朝阳');
    expect(shortFormOf('广西壮族自治区')).toBe('广西');
    expect(shortFormOf('延边朝鲜族自治州')).toBe('延边');
    expect(shortFormOf('香港特别行政区')).toBe('香港');
    expect(shortFormOf('涉县')).toBeNull();
  });
});

describe('Trie', () => {
  it('finds leftmost-longest matches', () => {
    const trie = new Trie<string>();
    for (const key of ['北京', '北京市', '市委']) trie.add(key, key);
    expect(trie.scan('北京市委书记').map((match) => match.values[0])).toEqual(['北京市']);
  });
});
