import { isUtf8 } from 'node:buffer';

/** How much of a file is inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** Share of control characters (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.1;

// control characters other than tab, newline, form feed, carriage return and escape
const CONTROL_CHARACTERS = /[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/** Why a buffer does not look like text, or null when it does. */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES));
  if (sample.includes(0)) return 'binary file (contains NUL bytes)';
  const control = sample.toString('latin1').match(CONTROL_CHARACTERS)?.length ?? 0;
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) {
    return 'binary file (mostly control characters)';
  }
  return null;
}

export interface Decoded {
  text: string;
  /** Byte sequences that were not UTF-8 and became U+FFFD. */
  invalidSequences: number;
}

/** Decodes UTF-8 (dropping a byte-order mark), counting the byte sequences that had to be replaced. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decoded = buffer.toString('utf8');
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (isUtf8(bytes)) return { text, invalidSequences: 0 };
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
