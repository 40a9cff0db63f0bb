import { FONT_STACK } from './font.js';
import type { Scene } from './scene.js';

export interface SvgOptions {
  /** A heading drawn at the top left. */
  title?: string;
  /** A smaller line under the heading, e.g. what sizes and colours mean. */
  subtitle?: string;
  /** CSS put in a <style> element, e.g. an embedded @font-face. */
  style?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The scene as a standalone SVG document; nodes and ties carry data-* attributes for the HTML explorer. */
export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${escapeXml(FONT_STACK)}">`,
  ];
  if (options.style) lines.push(`<style>${options.style}</style>`);
  lines.push(`<rect width="${scene.width}" height="${scene.height}" fill="#ffffff"/>`);
  if (options.title) {
    lines.push(`<text x="24" y="36" font-size="22" fill="#1f2933">${escapeXml(options.title)}</text>`);
  }
  if (options.subtitle) {
    lines.push(`<text x="24" y="60" font-size="14" fill="#52606d">${escapeXml(options.subtitle)}</text>`);
  }
  lines.push('<g class="ties">');
  for (const edge of scene.edges) {
    lines.push(
      `<line x1="${edge.x1}" y1="${edge.y1}" x2="${edge.x2}" y2="${edge.y2}" stroke="${edge.colour}" stroke-width="${edge.width}" stroke-opacity="${edge.opacity}" stroke-linecap="round" data-a="${escapeXml(edge.source)}" data-b="${escapeXml(edge.target)}"/>`,
    );
  }
  lines.push('</g>', '<g class="people">');
  for (const node of scene.nodes) {
    lines.push(
      `<circle cx="${node.x}" cy="${node.y}" r="${node.radius}" fill="${node.colour}" stroke="#ffffff" stroke-width="1.5" data-id="${escapeXml(node.key)}"><title>${escapeXml(node.name)}</title></circle>`,
    );
  }
  lines.push('</g>', '<g class="names">');
  for (const node of scene.nodes) {
    if (node.labelSize === 0) continue;
    lines.push(
      `<text x="${node.x + node.radius + 4}" y="${node.y + node.labelSize * 0.35}" font-size="${node.labelSize}" fill="#1f2933" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" data-id="${escapeXml(node.key)}">${escapeXml(node.name)}</text>`,
    );
  }
  lines.push('</g>', '</svg>');
  return lines.join('\n');
}
