import { describe, expect, it } from 'vitest';
import { normalizeForScoring, normalizeName, normalizeText, toSimplified } from '../../src/text/normalize.js';

describe('toSimplified', () => {
  it('folds a Traditional sentence of a Hong Kong article (hkcnews article_19917) to Simplified', () => {
    expect(toSimplified('立法會今早首次召開修訂《逃犯條例》法案委員會會議')).toBe(
      '立法会今早首次召开修订《逃犯条例》法案委员会会议',
    );
  });

  it('folds Hong Kong variant forms that plain t2s keeps (衞, hkcnews article_32199)', () => {
    expect(toSimplified('支援隊會先了解中聯辦、食物及衞生局、衞生署、醫管局等機構的想法')).toBe(
      '支援队会先了解中联办、食物及卫生局、卫生署、医管局等机构的想法',
    );
  });

  it('may lengthen the text in UTF-16 units: 嗰 becomes the astral 𠮶 (hkcnews article_32579)', () => {
    const sentence = '宣布嗰日係7月31號';
    expect(toSimplified(sentence)).toBe('宣布𠮶日系7月31号');
    expect(toSimplified(sentence).length).toBe(sentence.length + 1);
  });

  it('leaves Simplified text as it is, including characters that t2s maps in other words (皇后, 乾隆, 著名)', () => {
    const simplified = '蔡奇主持召开北京市新冠肺炎疫情防控工作领导小组第133次会议。皇后、乾隆、著名、后来';
    expect(toSimplified(simplified)).toBe(simplified);
  });
});

describe('normalizeText', () => {
  it('applies NFKC and removes white space, keeping the script', () => {
    expect(normalizeText(' 涂謹申\u3000主持　首次會議 ')).toBe('涂謹申主持首次會議');
    expect(normalizeText('第１３３次　会议')).toBe('第133次会议');
  });

  it('removes zero-width spaces and joiners left by web pages', () => {
    expect(normalizeText('蔡\u200B奇\u200D\uFEFF')).toBe('蔡奇');
  });
});

describe('normalizeName', () => {
  it('makes a Traditional name and its Simplified form equal', () => {
    expect(normalizeName('葉劉淑儀')).toBe('叶刘淑仪');
    expect(normalizeName('葉劉淑儀')).toBe(normalizeName('叶刘淑仪'));
  });

  it('makes full-width and spaced forms equal to the plain name', () => {
    expect(normalizeName('陳 吉寧')).toBe('陈吉宁');
    expect(normalizeName('ＳＦ０５５')).toBe('SF055');
  });
});

describe('normalizeForScoring', () => {
  it('folds by OpenCC t2s to the letter, keeping Hong Kong variants that t2s keeps (衞)', () => {
    expect(normalizeForScoring('食物及衞生局')).toBe('食物及衞生局');
    expect(normalizeForScoring('眾新聞 記者')).toBe('众新闻记者');
  });
});
