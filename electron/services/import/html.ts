/**
 * Extracts the main text of an HTML page as paragraphs: scripts, styles, navigation and forms
 * are dropped, block elements become paragraph breaks, character references are decoded.
 * A small tag scanner (no DOM): it tolerates the broken markup real pages have.
 */
import { decodeEntities } from './entities';

/** Elements whose content is never text of the story. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'menu', 'dialog', 'video', 'audio', 'picture',
]);
/** Elements whose content is raw text (a `<` inside does not start a tag). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table',
  'thead', 'tbody', 'tfoot', 'blockquote', 'pre', 'section', 'article', 'main', 'header', 'footer', 'figure',
  'figcaption', 'address', 'body', 'html', 'td', 'th', 'caption', 'details', 'summary', 'title',
]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after `>`. */
  end: number;
}

/** Reads a tag starting at `i` (on `<`); quote-aware, so `>` inside attribute values is skipped. */
function readTag(html: string, i: number): Tag | null {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64));
  if (!m) return null;
  let j = i + m[0].length;
  let quote = '';
  while (j < html.length) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      break;
    }
    j++;
  }
  if (j >= html.length) return null;
  return { name: m[2].toLowerCase(), closing: m[1] === '/', selfClosing: html[j - 1] === '/', end: j + 1 };
}

/** Index after the end tag matching an open `name` at `from` (nesting-aware), or the end of input. */
function skipElement(html: string, name: string, from: number): number {
  if (RAW.has(name)) {
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(html);
    return m ? m.index + m[0].length : html.length;
  }
  let depth = 1;
  let i = from;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return html.length;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.name !== name) {
      if (!tag.closing && RAW.has(tag.name)) i = skipElement(html, tag.name, i);
      continue;
    }
    if (tag.closing) depth--;
    else if (!tag.selfClosing) depth++;
    if (depth === 0) return i;
  }
  return html.length;
}

/** The inner HTML of every `<name>` element (outermost ones). */
function innersOf(html: string, name: string): string[] {
  const re = new RegExp(`<${name}(?=[\\s/>])`, 'gi');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const tag = readTag(html, m.index);
    if (!tag) continue;
    const end = skipElement(html, name, tag.end);
    const closeAt = html.lastIndexOf('<', end - 1);
    out.push(html.slice(tag.end, closeAt > tag.end ? closeAt : end));
    re.lastIndex = Math.max(end, m.index + 1);
  }
  return out;
}

/**
 * Returns the paragraphs of the page's main text (inside `<article>`, else `<main>`, else
 * `<body>`), joined by blank lines.
 */
export function htmlToText(html: string): string {
  // Comments, CDATA, doctype and processing instructions carry no text.
  let src = html.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, ' ');
  src = src.replace(/<![^>]*>/g, ' ').replace(/<\?[\s\S]*?\?>/g, ' ');
  // The story is the <article> with the most text, else <main>, else <body>, else everything.
  for (const name of ['article', 'main', 'body']) {
    const candidates = innersOf(src, name).map(extract).filter((t) => t.length > 0);
    if (candidates.length) return candidates.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return extract(src);
}

function extract(scope: string): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = decodeEntities(current).replace(/[\s\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  let i = 0;
  while (i < scope.length) {
    const lt = scope.indexOf('<', i);
    if (lt < 0) {
      current += scope.slice(i);
      break;
    }
    current += scope.slice(i, lt);
    const tag = readTag(scope, lt);
    if (!tag) {
      current += '<';
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && DROP.has(tag.name)) {
      if (!tag.selfClosing && !VOID.has(tag.name)) i = skipElement(scope, tag.name, i);
      continue;
    }
    if (!tag.closing && RAW.has(tag.name)) {
      i = skipElement(scope, tag.name, i);
      continue;
    }
    if (BLOCK.has(tag.name)) flush();
    else if (tag.name === 'img' || tag.name === 'input') current += ' ';
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The charset a page declares in `<meta charset>` or `http-equiv` (lower case), if any. */
export function declaredCharset(html: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(html.slice(0, 4096));
  return m ? m[1].toLowerCase() : null;
}
