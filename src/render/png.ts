import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_PATH } from './font.js';

export interface PngOptions {
  /** Output width in pixels; the height follows the SVG's aspect ratio. */
  width?: number;
}

/** Rasterises an SVG with resvg, the bundled CJK font first and the system's fonts for anything it lacks. */
export function rasterise(svg: string, options: PngOptions = {}): RenderedImage {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [BUNDLED_FONT_PATH],
      loadSystemFonts: true,
      defaultFontFamily: BUNDLED_FONT_FAMILY,
      sansSerifFamily: BUNDLED_FONT_FAMILY,
    },
    fitTo: options.width === undefined ? { mode: 'original' } : { mode: 'width', value: options.width },
    background: '#ffffff',
  });
  return resvg.render();
}

export function renderPng(svg: string, options: PngOptions = {}): Buffer {
  return rasterise(svg, options).asPng();
}
