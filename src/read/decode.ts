/** How much of a file is inspected to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** Share of control characters (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.1;

/** Why a buffer does not look like text, or null when it does. */
export function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary file (contains NUL bytes)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
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

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes UTF-8 (dropping a byte-order mark), counting the sequences that had to be replaced. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strictDecoder.decode(bytes), invalidSequences: 0 };
  } catch {
    const text = lenientDecoder.decode(bytes);
    const replaced = countReplacementCharacters(text) - countEncodedReplacementCharacters(bytes);
    return { text, invalidSequences: Math.max(replaced, 1) };
  }
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
