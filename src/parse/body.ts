import { load } from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';
import { loadDataFile, stringList } from './data.js';

/** The nodes of the htmlparser2 DOM that cheerio builds, as far as the body walk reads them. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** What an article body holds: its paragraphs of text, and its HTML comments (which may carry credits). */
export interface BodyContent {
  paragraphs: string[];
  comments: string[];
}

const boilerplate = loadDataFile('boilerplate.yaml');
const DROP_ELEMENTS = new Set(stringList(boilerplate, 'dropElements'));
const DROP_CLASS_WORDS = stringList(boilerplate, 'dropClassWords').map((word) => word.toLowerCase());
const BLOCK_ELEMENTS = new Set(stringList(boilerplate, 'blockElements'));
const DROP_PARAGRAPH_PREFIXES = stringList(boilerplate, 'dropParagraphsStartingWith');
const LINK_LIST_RATIO = Number(boilerplate.linkListRatio);

const WHITE_SPACE = /[\s\u00a0\u3000\u200b-\u200d\u2028\u2029\ufeff]+/g;

/** Collapses white space, full-width indents included, to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

const countVisible = (text: string): number => text.replace(WHITE_SPACE, '').length;

/** `countVisible` of a text `normalizeSpace` returned, whose only white space is single spaces: no copy is made. */
function visibleLength(normalized: string): number {
  let spaces = 0;
  for (let at = normalized.indexOf(' '); at >= 0; at = normalized.indexOf(' ', at + 1)) spaces++;
  return normalized.length - spaces;
}

function isDropped(node: DomNode, name: string): boolean {
  if (DROP_ELEMENTS.has(name)) return true;
  const attribs = node.attribs;
  if (!attribs) return false;
  const marks = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase();
  return marks.trim() !== '' && DROP_CLASS_WORDS.some((word) => marks.includes(word));
}

function isFurniture(paragraph: string): boolean {
  return DROP_PARAGRAPH_PREFIXES.some((prefix) => paragraph.startsWith(prefix));
}

/**
 * `<政府工作报告>` in 新闻联播 items is a document title, not a tag; htmlparser2 keeps the opening form as text
 * but turns a closing `</政府工作报告>` into a comment, so a `<` before a non-ASCII letter is escaped first.
 */
function escapeFakeTags(html: string): string {
  return html.replace(/<(\/?)(?=[^\x00-\x7F])/g, '&lt;$1');
}

/**
 * Walks the DOM without recursion (deeply nested pages must not overflow the stack) and cuts the text into
 * paragraphs at block elements and `<br>`; drops scripts, styles, ads, QR codes, share blocks, captions,
 * link lists and page furniture.
 */
function walkParagraphs(root: DomNode): BodyContent {
  const paragraphs: string[] = [];
  const comments: string[] = [];
  let buffer = '';
  let linkText = '';
  let linkDepth = 0;

  const flush = (): void => {
    const text = normalizeSpace(buffer);
    const visible = visibleLength(text);
    if (visible > 0 && countVisible(linkText) / visible < LINK_LIST_RATIO && !isFurniture(text)) {
      paragraphs.push(text);
    }
    buffer = '';
    linkText = '';
  };

  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const name = node.name?.toLowerCase() ?? '';
    if (leaving) {
      if (name === 'a') linkDepth--;
      if (BLOCK_ELEMENTS.has(name)) flush();
      continue;
    }
    if (node.type === 'text') {
      const data = node.data ?? '';
      buffer += data;
      if (linkDepth > 0) linkText += data;
      continue;
    }
    if (node.type === 'comment') {
      if (node.data) comments.push(node.data);
      continue;
    }
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (isDropped(node, name)) {
        // a dropped element between two words still separates them
        if (!BLOCK_ELEMENTS.has(name)) buffer += ' ';
        continue;
      }
      if (BLOCK_ELEMENTS.has(name)) flush();
      if (name === 'a') linkDepth++;
      stack.push({ node, leaving: true });
    }
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, leaving: false });
  }
  flush();
  return { paragraphs, comments };
}

/** Loads HTML with cheerio (htmlparser2, fast and forgiving); the document for callers that read metadata. */
export function loadHtml(html: string): ReturnType<typeof load> {
  return load(escapeFakeTags(html), { xml: false });
}

/**
 * Paragraphs and comments of an HTML body. Parsed by htmlparser2 alone, as cheerio would parse it: no selector
 * is needed, and cheerio's wrapper costs more per call than parsing a short body.
 */
export function htmlBody(html: string): BodyContent {
  return walkParagraphs(parseDocument(escapeFakeTags(html)) as unknown as DomNode);
}

/** Paragraphs and comments of an already loaded HTML document. */
export function documentBody($: ReturnType<typeof load>): BodyContent {
  return walkParagraphs($.root()[0] as unknown as DomNode);
}

// {{< youtube abc >}}, {{% notice %}} … : Hugo shortcodes are templates, not text
const HUGO_SHORTCODE = /\{\{[<%][\s\S]*?[%>]\}\}/g;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/;
const QUOTE = /^\s{0,3}>\s?/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const IMAGE = /!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[((?:[^\[\]\\]|\\.)*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[((?:[^\[\]\\]|\\.)*)\]\[[^\]]*\]/g;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const AUTOLINK = /<(?:https?|ftp|mailto):[^>\s]*>/g;
const EMPHASIS = /\*\*|__|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;

// each mark is looked for only when its first character occurs: most lines have none
function inlineMarkdown(line: string): string {
  let text = line;
  if (text.includes('[')) text = text.replace(IMAGE, '').replace(LINK, '<a>$1</a>').replace(REFERENCE_LINK, '$1');
  if (text.includes('<')) text = text.replace(AUTOLINK, '');
  if (text.includes('*') || text.includes('_') || text.includes('~')) text = text.replace(EMPHASIS, '');
  if (text.includes('\\')) text = text.replace(ESCAPE, '$1');
  return text;
}

/**
 * Markdown to the HTML the body walk reads. huiyi needs paragraphs of text, not a rendering, so only the block
 * structure (paragraphs, headings, rules, lists, quotes) and the inline marks that hide text (links, images,
 * emphasis, escapes) are handled; HTML lines pass through as they are. A full CommonMark renderer spent
 * several times the time of the whole parse stage here.
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('\n')}</p>`);
    paragraph = [];
  };
  let inFence = false;
  for (const rawLine of markdown.replace(HUGO_SHORTCODE, '').split(/\r?\n/)) {
    if (FENCE.test(rawLine)) {
      endParagraph();
      inFence = !inFence;
      continue;
    }
    const line = inFence ? rawLine : rawLine.replace(QUOTE, '');
    if (line.trim() === '') {
      endParagraph();
    } else if (inFence) {
      paragraph.push(line);
    } else if (RULE.test(line)) {
      endParagraph();
      out.push('<hr>');
    } else if (line.trimStart().startsWith('<')) {
      endParagraph();
      out.push(line);
    } else if (LINK_DEFINITION.test(line)) {
      endParagraph();
    } else {
      const heading = HEADING.exec(line);
      const item = heading ? undefined : LIST_ITEM.exec(line);
      if (heading) {
        endParagraph();
        out.push(`<h2>${inlineMarkdown(heading[1]!)}</h2>`);
      } else if (item) {
        endParagraph();
        out.push(`<li>${inlineMarkdown(item[1]!)}</li>`);
      } else {
        const text = inlineMarkdown(line);
        if (text.trim() !== '') paragraph.push(text);
      }
    }
  }
  endParagraph();
  return out.join('\n');
}

/** Paragraphs and comments of a markdown body (which may hold HTML, as archived pages do). */
export function markdownBody(markdown: string): BodyContent {
  return htmlBody(markdownToHtml(markdown));
}

/** Paragraphs of plain text: one per non-blank line. */
export function plainTextBody(text: string): BodyContent {
  const paragraphs = text.split(/\r?\n/).map(normalizeSpace).filter((line) => line !== '' && !isFurniture(line));
  return { paragraphs, comments: [] };
}

const HTML_BLOCK_START = /^<(?:!doctype|html|head|body|div|p|section|article|main|header|table|span|font|center|h[1-6]|ul|ol|figure|blockquote|br)[\s/>]/i;
const LEADING_COMMENTS_AND_SPACE = /^(?:\s|<!--[\s\S]*?-->)*/;

/**
 * Whether a front-matter body is an HTML page (Hexo archives of news sites) rather than markdown with some HTML
 * in it: it is when its first thing other than white space and comments is an HTML block element. Markdown
 * processing of such pages would turn their indented lines into code blocks.
 */
export function looksLikeHtml(body: string): boolean {
  return HTML_BLOCK_START.test(body.replace(LEADING_COMMENTS_AND_SPACE, ''));
}
