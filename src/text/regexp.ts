/**
 * Every match of a global regular expression in `text`, as `text.matchAll(regex)` gives them. matchAll clones the
 * expression on each call, which the extractor's few hundred thousand calls per corpus pay for; this runs the
 * expression itself and leaves its `lastIndex` at 0, so callers may share it (and may nest other matches inside).
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  try {
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      matches.push(match);
      if (match[0].length === 0) regex.lastIndex = advance(text, regex.lastIndex, regex.unicode);
    }
  } finally {
    regex.lastIndex = 0;
  }
  return matches;
}

/** Past an empty match: one code point on for a unicode expression (as matchAll does), one code unit otherwise. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff ? index + 2 : index + 1;
}
