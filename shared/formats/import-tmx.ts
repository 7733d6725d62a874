/**
 * Reads a TMX file (1.1–1.4) back into two texts, beads and annotations. Units Selaras wrote
 * keep their bead shape (via `x-selaras-split-*`), confidence, status and annotations; units
 * from other tools become one sentence per side, confidence 1, and their notes open
 * annotations on the source sentence.
 */
import type { BilingualImportResult } from './types';
import { elements, attr, child, type XmlElement, type XmlNode } from './xml-read';
import { BilingualBuilder, neverThrow, parseLengths, readRoot, splitByLengths, xmlError } from './import-common';

/** Text of a `<seg>`: inline codes (`bpt`, `ept`, `ph`, `it`, `ut`) hold native markup, not text. */
function segText(el: XmlElement): string {
  let s = '';
  for (const c of el.children as XmlNode[]) {
    if ('text' in c) s += c.text;
    else if (c.local === 'hi') s += segText(c);
  }
  return s;
}

function props(el: XmlElement): Array<[string, string]> {
  return elements(el, 'prop').map((p) => [attr(p, 'type') ?? '', segText(p)]);
}

function propValue(list: Array<[string, string]>, type: string): string | undefined {
  return list.find(([t]) => t === type)?.[1];
}

function tuvLang(tuv: XmlElement): string {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '';
}

/** Parses TMX text. `name` is used in error parameters. Never throws. */
export function importTmx(xml: string, name = 'file.tmx'): BilingualImportResult {
  return neverThrow(name, () => importTmxUnsafe(xml, name));
}

function importTmxUnsafe(xml: string, name: string): BilingualImportResult {
  const read = readRoot(xml, name, 'tmx', 'a TMX');
  if (!read.ok) return read;
  const root = read.root;
  const version = attr(root, 'version') ?? '';
  if (!/^1\.[1-4]/.test(version)) {
    return xmlError('unsupported-version', name, `${name} uses TMX version ${version || '?'}, which Selaras does not read.`, { version });
  }
  const header = child(root, 'header');
  const body = child(root, 'body');
  if (!header || !body) return xmlError('wrong-format', name, `${name} is not a TMX file.`, { detail: 'header/body' });
  const hp = props(header);
  const ours = hp.some(([t]) => t.startsWith('x-selaras-'));
  const tus = elements(body, 'tu');

  // Side A is the header's source language (or that of the first unit); side B the other one.
  let srcLang = attr(header, 'srclang') ?? '';
  if (!srcLang || srcLang === '*all*') srcLang = tus.length ? tuvLang(elements(tus[0], 'tuv')[0] ?? tus[0]) : '';
  let trgLang = '';
  for (const tu of tus) {
    for (const tuv of elements(tu, 'tuv')) {
      const l = tuvLang(tuv);
      if (l && l.toLowerCase() !== srcLang.toLowerCase()) trgLang ||= l;
    }
    if (trgLang) break;
  }

  const b = new BilingualBuilder();
  for (const tu of tus) {
    const tp = props(tu);
    const tuvs = elements(tu, 'tuv');
    if (tuvs.length === 0) continue;
    let tuvA: XmlElement | undefined;
    let tuvB: XmlElement | undefined;
    const tuSrc = attr(tu, 'srclang') ?? srcLang;
    for (const tuv of tuvs) {
      const l = tuvLang(tuv).toLowerCase();
      if (!tuvA && l === tuSrc.toLowerCase()) tuvA = tuv;
      else if (!tuvB && (l === trgLang.toLowerCase() || !trgLang)) tuvB = tuv;
    }
    if (tuvs.length === 1 && !tuvA && !tuvB) tuvA = tuvs[0];
    if (tuvs.length >= 2 && (!tuvA || !tuvB)) {
      tuvA ??= tuvs.find((t) => t !== tuvB);
      tuvB ??= tuvs.find((t) => t !== tuvA);
    }
    const segA = tuvA ? child(tuvA, 'seg') : undefined;
    const segB = tuvB ? child(tuvB, 'seg') : undefined;
    const textA = segA ? segText(segA) : '';
    const textB = segB ? segText(segB) : '';
    const sentsA = splitByLengths(textA, parseLengths(propValue(tp, 'x-selaras-split-a')));
    const sentsB = splitByLengths(textB, parseLengths(propValue(tp, 'x-selaras-split-b')));
    if (sentsA.length + sentsB.length === 0) continue;
    const scoreText = propValue(tp, 'x-selaras-score');
    const status = propValue(tp, 'x-selaras-status') ?? '';
    const starts = b.addBead(
      sentsA,
      sentsB,
      scoreText === undefined ? 1 : Number(scoreText),
      /\bconfirmed\b/.test(status),
      /\blocked\b/.test(status),
    );
    const encoded = tp.filter(([t]) => t === 'x-selaras-annotation').map(([, v]) => v);
    if (encoded.length) {
      for (const e of encoded) b.addEncoded(e, starts);
    } else {
      // Notes of other tools: open annotations on the unit's first side.
      const side: 0 | 1 = starts[0] >= 0 ? 0 : 1;
      const len = (side === 0 ? textA : textB).length;
      for (const n of elements(tu, 'note')) b.addForeign(segText(n), side, starts[side], starts[side] + len);
    }
  }
  for (const [t, v] of hp) if (t === 'x-selaras-annotation') b.addEncoded(v, null);

  const langA = (ours && propValue(hp, 'x-selaras-lang-a')) || srcLang;
  const langB = (ours && propValue(hp, 'x-selaras-lang-b')) || trgLang.replace(/-x-b$/, '');
  const names: [string, string] = [
    propValue(hp, 'x-selaras-version-a') ?? `${name} (${langA || 'A'})`,
    propValue(hp, 'x-selaras-version-b') ?? `${name} (${langB || 'B'})`,
  ];
  const mode = propValue(hp, 'x-selaras-mode') === 'comparable' ? 'comparable' : 'parallel';
  return b.finish('tmx', names, [langA, langB], mode, name);
}
