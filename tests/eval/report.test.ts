import { describe, expect, it } from 'vitest';
import { formatMisses, formatScores, formatTable } from '../../src/eval/report.js';
import { scoreArticles } from '../../src/eval/score.js';
import { SEED_000, facts } from './facts.js';

describe('formatTable', () => {
  it('gives full-width characters two columns so that columns line up', () => {
    expect(
      formatTable(
        [
          ['article', 'kind', 'item'],
          ['眾新聞/1.md', 'missed', '涂謹申 · chair'],
          ['sina/0001.md', 'spurious', 'x'],
        ],
        ['left', 'left', 'left'],
      ),
    ).toBe(
      [
        'article       kind      item',
        '眾新聞/1.md   missed    涂謹申 · chair',
        'sina/0001.md  spurious  x',
      ].join('\n'),
    );
  });

  it('right-aligns numeric columns', () => {
    expect(formatTable([['a', '1'], ['b', '100']], ['left', 'right'])).toBe('a    1\nb  100');
  });
});

describe('formatScores and formatMisses', () => {
  const predicted = facts(SEED_000.article, {
    published: '2021-11-11T14:57:00+08:00',
    outlet: '新浪财经',
    origin: ['北京日报', '识政'],
    staff: [{ name: '梁斌', role: 'editor' }],
    people: ['蔡奇', '陈吉宁', '张延昆'],
    places: ['北京'],
  });
  const score = scoreArticles([SEED_000, facts('seeds/004.txt')], [predicted, facts('sina/0101.md')]);

  it('prints one row per category with n/a where a ratio is undefined, then what was left out', () => {
    expect(formatScores(score)).toBe(
      [
        'category       tp  fp  fn  precision  recall     F1',
        'participation   0   0   3        n/a   0.000  0.000',
        'titles          0   0   7        n/a   0.000  0.000',
        'meetings        0   0   2        n/a   0.000  0.000',
        'people          3   0   0      1.000   1.000  1.000',
        'bodies          0   0   3        n/a   0.000  0.000',
        'places          0   1   1      0.000   0.000  0.000',
        'published       1   0   0      1.000   1.000  1.000',
        'staff           1   0   0      1.000   1.000  1.000',
        'origin          2   0   0      1.000   1.000  1.000',
        'outlet          1   0   0      1.000   1.000  1.000',
        'note: 1 gold article(s) have no prediction and count as empty predictions',
        'note: 1 predicted article(s) are not in the gold and were ignored',
      ].join('\n'),
    );
  });

  it('adds meeting_merge as the last row when the merge was scored', () => {
    const merge = { tp: 2, fp: 3, fn: 0, precision: 2 / 5, recall: 1, f1: 4 / 7, mentions: 6, aligned: 5 };
    expect(formatScores(score, merge).split('\n').slice(10, 13)).toEqual([
      'outlet          1   0   0      1.000   1.000  1.000',
      'meeting_merge   2   3   0      0.400   1.000  0.571',
      'meeting_merge: 5 of 6 gold meetings found in the prediction',
    ]);
  });

  it('lists the misses, then the articles left out by name', () => {
    const lines = formatMisses(score).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'article                         category       kind      item',
      'seeds/000_b964cf4bff8d9a77.txt  participation  missed    蔡奇 · chair',
      'seeds/000_b964cf4bff8d9a77.txt  participation  missed    陈吉宁 · attendee',
    ]);
    expect(lines.slice(-11)).toEqual([
      'seeds/000_b964cf4bff8d9a77.txt  bodies         missed    北京新冠肺炎疫情防控工作领导小组 (aka 北京市新冠肺炎疫情防控工作领导小组, 北京冠病疫情防控工作领导小组, 防控工作领导小组)',
      'seeds/000_b964cf4bff8d9a77.txt  bodies         missed    首都严格进京管理联防联控协调机制',
      'seeds/000_b964cf4bff8d9a77.txt  bodies         missed    北京市委 (aka 中共北京市委, 中共北京市委员会, 市委)',
      'seeds/000_b964cf4bff8d9a77.txt  places         missed    北京市',
      'seeds/000_b964cf4bff8d9a77.txt  places         spurious  北京',
      '',
      'gold articles with no prediction (1), scored as empty:',
      '  seeds/004.txt',
      '',
      'predicted articles not in the gold (1), ignored:',
      '  sina/0101.md',
    ]);
  });
});
