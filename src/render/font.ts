import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

/**
 * The CJK font bundled in assets/fonts (a GB 2312 subset of Noto Sans CJK SC, SIL OFL 1.1): the machines huiyi
 * runs on often have no CJK font at all, and a picture of Chinese names in empty boxes says nothing.
 */
export const BUNDLED_FONT_PATH = fileURLToPath(new URL('../../assets/fonts/NotoSansCJKsc-Regular-GB2312.otf', import.meta.url));
export const BUNDLED_FONT_FAMILY = 'Noto Sans CJK SC';
/** The CSS font stack of every picture and page: the bundled font first, then common system CJK fonts. */
export const FONT_STACK = `'${BUNDLED_FONT_FAMILY}', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif`;

let bundledFont: Buffer | null = null;

export function readBundledFont(): Buffer {
  bundledFont ??= readFileSync(BUNDLED_FONT_PATH);
  return bundledFont;
}

/** A CSS @font-face rule embedding just the glyphs of `text`, as WOFF2, so that a page stays small and offline. */
export async function embeddedFontFace(text: string): Promise<string> {
  const woff2 = await subsetFont(readBundledFont(), text, { targetFormat: 'woff2' });
  return `@font-face{font-family:'${BUNDLED_FONT_FAMILY}';src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');}`;
}
