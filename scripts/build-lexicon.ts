/**
 * Builds resources/lexicon/id-en.tsv, the Indonesian → English word list the aligner uses as
 * evidence, from
 *   1. FreeDict eng-ind (WikDict data from Wiktionary, CC BY-SA 3.0), as installed by Debian's
 *      `dict-freedict-eng-ind` package (/usr/share/dictd/freedict-eng-ind.{index,dict.dz}),
 *   2. resources/lexicon/id-en.supplement.tsv, news vocabulary written by the Selaras team.
 * Only single-word pairs are kept (the aligner matches words). CI does not run this: the output
 * is committed. Run: `npx tsx scripts/build-lexicon.ts [--dict DIR]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'resources', 'lexicon');
const argDict = process.argv.indexOf('--dict');
const dictDir = argDict > 0 ? process.argv[argDict + 1] : '/usr/share/dictd';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base-64 numbers (most significant digit first). */
function b64(s: string): number {
  let v = 0;
  for (const ch of s) v = v * 64 + B64.indexOf(ch);
  return v;
}

const SINGLE = /^[\p{L}][\p{L}'-]*$/u;

function clean(piece: string): string {
  return piece
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+\d+\.\s*$/, '')
    .replace(/^\s*\d+\.\s*/, '')
    .trim()
    .toLowerCase();
}

/** Indonesian translations of one dictd entry (its lines after the headword line). */
function translations(body: string[]): string[] {
  const numbered = body.filter((l) => /^\d+\.\s/.test(l));
  const lines = numbered.length ? numbered : body.slice(0, 1);
  const out: string[] = [];
  for (const l of lines) for (const piece of l.split(/[,;]/)) out.push(clean(piece));
  return out.filter((x) => x.length > 0);
}

function main(): void {
  const indexFile = path.join(dictDir, 'freedict-eng-ind.index');
  const dictFile = path.join(dictDir, 'freedict-eng-ind.dict.dz');
  if (!fs.existsSync(indexFile) || !fs.existsSync(dictFile)) {
    console.log(`note: ${indexFile} not found (apt-get install dict-freedict-eng-ind); nothing built`);
    return;
  }
  const dict = zlib.gunzipSync(fs.readFileSync(dictFile)).toString('utf8');
  const buf = Buffer.from(dict, 'utf8');
  const pairs = new Set<string>();
  let entries = 0;
  for (const line of fs.readFileSync(indexFile, 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !off || !len || head.startsWith('00database')) continue;
    const text = buf.subarray(b64(off), b64(off) + b64(len)).toString('utf8');
    const lines = text.split('\n').map((l) => l.trimEnd());
    const en = head.trim().toLowerCase();
    if (!SINGLE.test(en)) continue;
    entries++;
    for (const id of translations(lines.slice(1).filter((l) => l.trim() && !/^\s*\d+\.\s*$/.test(l)))) {
      if (SINGLE.test(id) && id.length >= 2) pairs.add(`${id}\t${en}`);
    }
  }
  const fromDict = pairs.size;
  const supplementFile = path.join(outDir, 'id-en.supplement.tsv');
  let fromSupplement = 0;
  if (fs.existsSync(supplementFile)) {
    for (const line of fs.readFileSync(supplementFile, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [id, enList] = line.split('\t');
      if (!id || !enList) continue;
      for (const en of enList.split(',')) {
        const key = `${id.trim().toLowerCase()}\t${en.trim().toLowerCase()}`;
        if (en.trim() && !pairs.has(key)) {
          pairs.add(key);
          fromSupplement++;
        }
      }
    }
  }
  const sorted = Array.from(pairs).sort();
  const header = [
    '# Selaras id-en lexicon: Indonesian word <TAB> English word, one pair a line.',
    '# from=id to=en',
    '# Built by scripts/build-lexicon.ts from FreeDict eng-ind 2022.11.18 (WikDict, from Wiktionary;',
    '# CC BY-SA 3.0, https://freedict.org/) and id-en.supplement.tsv (Selaras team). See README.md.',
  ];
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'id-en.tsv'), `${header.join('\n')}\n${sorted.join('\n')}\n`);
  console.log(`FreeDict entries read: ${entries}; pairs from FreeDict: ${fromDict}; added by the supplement: ${fromSupplement}; total: ${sorted.length}`);
}

main();
