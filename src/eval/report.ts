import stringWidth from 'string-width';
import { CATEGORIES } from './score.js';
import type { CategoryScore, Score } from './score.js';
import type { MergeScore } from './merge.js';

export type Alignment = 'left' | 'right';

/**
 * Lays rows out in columns separated by two spaces. Widths are terminal columns, not string lengths:
 * a full-width (CJK) character takes two, so names in articles and paths line up.
 */
export function formatTable(rows: string[][], alignments: Alignment[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, stringWidth(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const padding = ' '.repeat((widths[column] ?? 0) - stringWidth(cell));
          const isLast = column === row.length - 1;
          if (alignments[column] === 'right') return padding + cell;
          return isLast ? cell : cell + padding;
        })
        .join('  '),
    )
    .join('\n');
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

function scoreRow(name: string, score: CategoryScore): string[] {
  return [name, String(score.tp), String(score.fp), String(score.fn), ratio(score.precision), ratio(score.recall), ratio(score.f1)];
}

/** The per-category table (and `meeting_merge` when the merge was scored), then what was left out. */
export function formatScores(score: Score, merge?: MergeScore): string {
  const rows = [
    ['category', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'],
    ...CATEGORIES.map((category) => scoreRow(category, score.perCategory[category])),
  ];
  if (merge) rows.push(scoreRow('meeting_merge', merge));
  const lines = [formatTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right'])];
  if (merge) lines.push(`meeting_merge: ${merge.aligned} of ${merge.mentions} gold meetings found in the prediction`);
  lines.push(...coverageNotes(score));
  return lines.join('\n');
}

function coverageNotes(score: Score): string[] {
  const notes: string[] = [];
  if (score.unpredicted.length > 0) {
    notes.push(`note: ${score.unpredicted.length} gold article(s) have no prediction and count as empty predictions`);
  }
  if (score.ignored.length > 0) {
    notes.push(`note: ${score.ignored.length} predicted article(s) are not in the gold and were ignored`);
  }
  return notes;
}

/** Every missed and spurious item, article by article, then the articles left out of the scoring by name. */
export function formatMisses(score: Score): string {
  const sections: string[] = [];
  if (score.misses.length > 0) {
    sections.push(
      formatTable(
        [
          ['article', 'category', 'kind', 'item'],
          ...score.misses.map((miss) => [miss.article, miss.category, miss.kind, miss.item]),
        ],
        ['left', 'left', 'left', 'left'],
      ),
    );
  } else {
    sections.push('no missed or spurious items');
  }
  if (score.unpredicted.length > 0) {
    sections.push(
      [`gold articles with no prediction (${score.unpredicted.length}), scored as empty:`, ...score.unpredicted.map((a) => `  ${a}`)].join('\n'),
    );
  }
  if (score.ignored.length > 0) {
    sections.push(
      [`predicted articles not in the gold (${score.ignored.length}), ignored:`, ...score.ignored.map((a) => `  ${a}`)].join('\n'),
    );
  }
  return sections.join('\n\n');
}
