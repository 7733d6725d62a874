/**
 * Strips Markdown markup and keeps the paragraphs: headings, list items and quotes become
 * paragraphs of their own; emphasis, links, inline code and HTML tags leave their text;
 * images, code blocks, front matter, tables' rules and link definitions are dropped.
 */
import { decodeEntities } from './entities';

/** Escaped punctuation is parked in private-use characters so no markup rule touches it. */
const PARK = 0xe000;

function inline(line: string): string {
  let s = line.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, c: string) => String.fromCharCode(PARK + c.charCodeAt(0)));
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  s = s.replace(/!\[[^\]]*\]\[[^\]]*\]/g, '');
  s = s.replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1'); // [text](url "title")
  s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1'); // [text][ref]
  s = s.replace(/<(https?:\/\/[^>\s]+)>/g, '$1'); // autolinks
  s = s.replace(/`+([^`]*)`+/g, '$1'); // inline code
  s = s.replace(/<\/?[A-Za-z][^>]*>/g, ''); // inline HTML
  s = s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'); // strong
  s = s.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2'); // *em*
  s = s.replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1$2'); // _em_
  s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1'); // strikethrough
  s = s.replace(/ {2,}$/, '');
  s = decodeEntities(s);
  return s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));
}

/** Converts Markdown to plain paragraphs separated by blank lines. */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  // YAML / TOML front matter.
  if (/^(---|\+\+\+)\s*$/.test(lines[0] ?? '')) {
    const fence = lines[0].trim();
    const close = lines.findIndex((l, k) => k > 0 && l.trim() === fence);
    if (close > 0) i = close + 1;
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const p = current.map(inline).join(' ').replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = [];
  };
  for (; i < lines.length; i++) {
    let line = lines[i];
    // Fenced code block: dropped.
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const marker = fence[1][0];
      const len = fence[1].length;
      i++;
      while (i < lines.length && !new RegExp(`^\\s{0,3}\\${marker}{${len},}\\s*$`).test(lines[i])) i++;
      continue;
    }
    if (/^\s*$/.test(line)) {
      flush();
      continue;
    }
    // Indented code (4 spaces) outside a paragraph: dropped.
    if (current.length === 0 && /^( {4}|\t)/.test(line)) continue;
    // Link reference definitions.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    // Thematic breaks and setext underlines.
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && current.length > 0) {
      flush();
      continue;
    }
    // Table separator rows; table rows lose their pipes.
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      current.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
          .join(' '),
      );
      flush();
      continue;
    }
    // Block quotes: the marker goes.
    line = line.replace(/^\s{0,3}(>\s?)+/, '');
    // ATX headings are paragraphs of their own.
    const heading = /^\s{0,3}#{1,6}(\s+|$)(.*?)(\s+#+\s*)?$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[2]);
      flush();
      continue;
    }
    // List items start a new paragraph.
    const item = /^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[3]);
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return paragraphs.join('\n\n');
}
