import { isUtf8, transcode } from 'node:buffer';

/** How much of a file is inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** Share of control characters (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.1;

/** Control characters (NUL aside) other than tab, newline, form feed, carriage return and escape, by byte value. */
const TEXT_CONTROLS = [0x09, 0x0a, 0x0c, 0x0d, 0x1b];
const IS_CONTROL = new Uint8Array(0x20);
for (let byte = 0x01; byte < 0x20; byte++) IS_CONTROL[byte] = TEXT_CONTROLS.includes(byte) ? 0 : 1;
const hex = (byte: number): string => `\\x${byte.toString(16).padStart(2, '0')}`;
const CONTROL_CHARACTER = new RegExp(`[${[...IS_CONTROL.keys()].filter((byte) => IS_CONTROL[byte]).map(hex).join('')}]`);

/**
 * Why a buffer does not look like text, or null when it does. `text`, when the caller has it, is the buffer
 * decoded: a UTF-8 decoder keeps every byte below 0x80 as that character, so text without control characters
 * (nearly every file) spares counting them byte by byte, which cost more than decoding. The sniffed bytes decode
 * to at most as many characters, so the text is searched no further than that.
 */
export function binaryReason(bytes: Uint8Array, text?: string): string | null {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  const sample = bytes.subarray(0, length);
  if (sample.includes(0)) return 'binary file (contains NUL bytes)';
  if (text !== undefined && !CONTROL_CHARACTER.test(text.slice(0, SNIFF_BYTES))) return null;
  // The share is of the sniffed bytes, so they are counted, not the characters.
  let control = 0;
  for (let index = 0; index < length; index++) {
    const byte = sample[index]!;
    if (byte < 0x20) control += IS_CONTROL[byte]!;
  }
  if (length > 0 && control / length > MAX_CONTROL_RATIO) {
    return 'binary file (mostly control characters)';
  }
  return null;
}

export interface Decoded {
  text: string;
  /** Byte sequences that were not UTF-8 and became U+FFFD. */
  invalidSequences: number;
}

const withoutByteOrderMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Decodes UTF-8 (dropping a byte-order mark), counting the byte sequences that had to be replaced. Valid UTF-8
 * (nearly every file) goes through `transcode` to UTF-16, several times cheaper than `toString`'s decoder on
 * Chinese text; only invalid input takes `toString`, whose replacement of bad sequences the count below matches.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (isUtf8(bytes)) {
    return { text: withoutByteOrderMark(transcode(bytes, 'utf8', 'utf16le').toString('utf16le')), invalidSequences: 0 };
  }
  const text = withoutByteOrderMark(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
  const replaced = countReplacementCharacters(text) - countEncodedReplacementCharacters(bytes);
  return { text, invalidSequences: Math.max(replaced, 1) };
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding error. */
function countEncodedReplacementCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (let index = bytes.indexOf(0xef); index !== -1 && index + 2 < bytes.length; index = bytes.indexOf(0xef, index + 1)) {
    if (bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count++;
  }
  return count;
}
