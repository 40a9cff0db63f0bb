/**
 * A character trie for dictionary matching: built once, then each text position is tried by walking
 * at most as many characters as the longest key, so matching cost does not grow with the dictionary.
 * Nodes are numbers keyed by UTF-16 code unit (no one-character strings are made while walking). The first
 * level is a table indexed by code unit, so most positions of a text cost one typed-array read; deeper edges
 * live in one open-addressing hash table of typed arrays, several times faster to walk than a Map per node.
 * Two bitmaps answer most positions before either table is read: one of the code units that start a key, one of the
 * pairs of code units that start a key of two or more.
 */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

const INITIAL_SLOTS = 1024;
/** Bits of the pair bitmap's index: 16 KiB, few enough set that a pair no key starts with rarely shares a bit. */
const PAIR_BITS = 17;
/** No node: node numbers start at 1, so an empty slot or a missing first-level entry reads 0. */
const NONE = 0;

export class Trie<T> {
  /**
   * One bit per code unit that starts a key: 8 KiB, which stays in the processor's first-level cache while a text is
   * walked, where `firstLevel` (256 KiB per trie, and an article is walked by several tries) would not.
   */
  private readonly starts = new Int32Array(0x10000 >>> 5);
  /**
   * One bit per hashed pair of code units that starts a key of two or more. Where a trie's first units are common
   * characters (a third of an article's positions start a place name), few of their pairs start one (about 1 %).
   */
  private readonly pairs = new Int32Array(1 << (PAIR_BITS - 5));
  /** One bit per code unit that is a key by itself. */
  private readonly singles = new Int32Array(0x10000 >>> 5);
  /** The node each first code unit leads to. */
  private readonly firstLevel = new Int32Array(0x10000);
  /** The values of each node, by node number; null where no key ends. */
  private readonly nodeValues: (T[] | null)[] = [null];
  /** Edge table: in each slot, the parent node, the code unit and the child node (NONE in a free slot). */
  private parents = new Int32Array(INITIAL_SLOTS);
  private units = new Uint16Array(INITIAL_SLOTS);
  private children = new Int32Array(INITIAL_SLOTS);
  private edges = 0;

  add(key: string, value: T): void {
    if (key.length === 0) return;
    const first = key.charCodeAt(0);
    let node = this.firstLevel[first]!;
    if (node === NONE) {
      this.firstLevel[first] = node = this.newNode();
      this.starts[first >>> 5]! |= 1 << (first & 31);
    }
    if (key.length === 1) this.singles[first >>> 5]! |= 1 << (first & 31);
    else {
      const pair = pairIndex(first, key.charCodeAt(1));
      this.pairs[pair >>> 5]! |= 1 << (pair & 31);
    }
    // Code units, not code points, so keys and texts are walked the same way.
    for (let i = 1; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      const slot = this.slotOf(node, unit);
      let child = this.children[slot]!;
      if (child === NONE) {
        child = this.newNode();
        this.parents[slot] = node;
        this.units[slot] = unit;
        this.children[slot] = child;
        if (++this.edges * 2 > this.children.length) this.grow();
      }
      node = child;
    }
    (this.nodeValues[node] ??= []).push(value);
  }

  /** The longest key starting at `start` in `text`, or null. */
  longestAt(text: string, start: number): TrieMatch<T> | null {
    const first = text.charCodeAt(start);
    if ((this.starts[first >>> 5]! & (1 << (first & 31))) === 0) return null;
    // Only a key of one unit can start here when no key starts with this pair. The bitmaps are read first because
    // they stay in cache and the table does not. Past the end of the text the pair's second unit is taken as U+0000:
    // read there, charCodeAt gives NaN, which optimized code does not expect at the last position of every text.
    const pair = pairIndex(first, start + 1 < text.length ? text.charCodeAt(start + 1) : 0);
    if ((this.pairs[pair >>> 5]! & (1 << (pair & 31))) === 0 && (this.singles[first >>> 5]! & (1 << (first & 31))) === 0) {
      return null;
    }
    // Past the end of the text the code unit is NaN (read above as U+0000), which indexes nothing here.
    let node = this.firstLevel[first];
    if (!node) return null;
    let bestEnd = start + 1;
    let bestValues = this.nodeValues[node]!;
    for (let i = start + 1; i < text.length; i++) {
      node = this.childOf(node, text.charCodeAt(i));
      if (node === NONE) break;
      const values = this.nodeValues[node]!;
      if (values !== null) {
        bestEnd = i + 1;
        bestValues = values;
      }
    }
    return bestValues !== null ? { start, end: bestEnd, values: bestValues } : null;
  }

  /**
   * For a trie of reversed keys: the longest key whose reversal ends at `end` in `text` (walking left),
   * or null. Its `start` and `end` are the key's span in `text`.
   */
  longestBefore(text: string, end: number): TrieMatch<T> | null {
    let node = end > 0 ? this.firstLevel[text.charCodeAt(end - 1)] : NONE;
    if (!node) return null;
    let bestStart = end - 1;
    let bestValues = this.nodeValues[node]!;
    for (let i = end - 2; i >= 0; i--) {
      node = this.childOf(node, text.charCodeAt(i));
      if (node === NONE) break;
      const values = this.nodeValues[node]!;
      if (values !== null) {
        bestStart = i;
        bestValues = values;
      }
    }
    return bestValues !== null ? { start: bestStart, end, values: bestValues } : null;
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

  private newNode(): number {
    this.nodeValues.push(null);
    return this.nodeValues.length - 1;
  }

  private childOf(node: number, unit: number): number {
    return this.children[this.slotOf(node, unit)]!;
  }

  /** The slot holding the edge (node, unit), or the free slot where it would go. */
  private slotOf(node: number, unit: number): number {
    const mask = this.children.length - 1;
    let hash = Math.imul(node, 0x9e3779b1) ^ unit;
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
    let slot = (hash ^ (hash >>> 13)) & mask;
    while (this.children[slot] !== NONE && (this.parents[slot] !== node || this.units[slot] !== unit)) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the edge table, keeping it at most half full so probes stay short. */
  private grow(): void {
    const { parents, units, children } = this;
    this.parents = new Int32Array(children.length * 2);
    this.units = new Uint16Array(children.length * 2);
    this.children = new Int32Array(children.length * 2);
    for (let slot = 0; slot < children.length; slot++) {
      if (children[slot] === NONE) continue;
      const target = this.slotOf(parents[slot]!, units[slot]!);
      this.parents[target] = parents[slot]!;
      this.units[target] = units[slot]!;
      this.children[target] = children[slot]!;
    }
  }
}

/** Where the pair of code units (first, second) falls in a trie's pair bitmap. */
function pairIndex(first: number, second: number): number {
  return Math.imul(first ^ (second << 16), 0x9e3779b1) >>> (32 - PAIR_BITS);
}
