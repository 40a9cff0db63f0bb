/**
 * A character trie for dictionary matching: built once, then each text position is tried by walking
 * at most as many characters as the longest key, so matching cost does not grow with the dictionary.
 */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };

  add(key: string, value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    // Code units, not code points, so keys and texts are walked the same way.
    for (let i = 0; i < key.length; i++) {
      const unit = key[i]!;
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
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.values) best = { start, end: i + 1, values: node.values };
    }
    return best;
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
