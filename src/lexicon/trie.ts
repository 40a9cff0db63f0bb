/**
 * A character trie for dictionary matching: built once, then each text position is tried by walking
 * at most as many characters as the longest key, so matching cost does not grow with the dictionary.
 * Nodes are keyed by UTF-16 code unit (no one-character strings are made while walking); the first
 * level is an array indexed by code unit, so most positions of a text cost one array read.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | null;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

export class Trie<T> {
  private readonly firstLevel: (TrieNode<T> | undefined)[] = new Array<TrieNode<T> | undefined>(0x10000).fill(undefined);

  add(key: string, value: T): void {
    if (key.length === 0) return;
    const first = key.charCodeAt(0);
    let node = (this.firstLevel[first] ??= { next: new Map(), values: null });
    // Code units, not code points, so keys and texts are walked the same way.
    for (let i = 1; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(unit, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** The longest key starting at `start` in `text`, or null. */
  longestAt(text: string, start: number): TrieMatch<T> | null {
    let node = this.firstLevel[text.charCodeAt(start)];
    if (!node) return null;
    let bestEnd = start + 1;
    let bestValues = node.values;
    for (let i = start + 1; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        bestEnd = i + 1;
        bestValues = node.values;
      }
    }
    return bestValues ? { start, end: bestEnd, values: bestValues } : null;
  }

  /**
   * For a trie of reversed keys: the longest key whose reversal ends at `end` in `text` (walking left),
   * or null. Its `start` and `end` are the key's span in `text`.
   */
  longestBefore(text: string, end: number): TrieMatch<T> | null {
    let node = end > 0 ? this.firstLevel[text.charCodeAt(end - 1)] : undefined;
    if (!node) return null;
    let bestStart = end - 1;
    let bestValues = node.values;
    for (let i = end - 2; i >= 0; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        bestStart = i;
        bestValues = node.values;
      }
    }
    return bestValues ? { start: bestStart, end, values: bestValues } : null;
  }

  /** Leftmost-longest, non-overlapping matches over the whole text. */
  scan(text: string): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const match = this.longestAt(text, i);
      if (match) {
        matches.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return matches;
  }
}
