import { describe, expect, it } from 'vitest';
import { detectLang, detectParagraphLangs } from '../../../shared/text';

describe('detectLang', () => {
  it('recognises Indonesian news text', () => {
    expect(detectLang('Pemerintah akan menaikkan harga bahan bakar minyak pada bulan depan, kata menteri itu.')).toBe('id');
  });

  it('recognises English news text', () => {
    expect(detectLang('The government will raise fuel prices next month, the minister said on Monday.')).toBe('en');
  });

  it('works on very short texts', () => {
    expect(detectLang('Kata dia.')).toBe('id');
    expect(detectLang('Ini dia')).toBe('id');
    expect(detectLang('He said.')).toBe('en');
    expect(detectLang('Of course')).toBe('en');
  });

  it('uses word shape when no function word occurs', () => {
    expect(detectLang('Kebakarannya menghanguskan pemukiman')).toBe('id');
    expect(detectLang('Unexpected deterioration, apparently')).toBe('en');
  });

  it('is not fooled by capitals, digits and punctuation', () => {
    expect(detectLang('YANG DAN DI ITU 10.000!!!')).toBe('id');
    expect(detectLang('“THE MINISTER SAID,” 12,000 …')).toBe('en');
  });

  it('defaults to English when there is nothing to go on', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('12.500 — 2024 😀')).toBe('en');
    expect(detectLang('Jakarta Pontianak')).toBe('en');
  });

  it('follows the majority in a long mixed text', () => {
    const id = 'Presiden mengatakan bahwa pemerintah tidak akan mundur dari rencana itu. '.repeat(3000);
    const en = 'The president said the plan would go ahead. '.repeat(200);
    expect(detectLang(en + id + en)).toBe('id');
    expect(detectLang(id.slice(0, 2000) + en.repeat(10))).toBe('en');
  });
});

describe('detectParagraphLangs', () => {
  it('gives one entry per blank-line paragraph with trimmed offsets', () => {
    const text = '  Harga beras naik lagi di pasar.\n\nPrices rose again at the market.  \r\n\r\n\nPemerintah diam saja.\n';
    const spans = detectParagraphLangs(text);
    expect(spans.map((s) => s.lang)).toEqual(['id', 'en', 'id']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Harga beras naik lagi di pasar.',
      'Prices rose again at the market.',
      'Pemerintah diam saja.',
    ]);
  });

  it('lets a paragraph without evidence take its neighbour’s language', () => {
    const spans = detectParagraphLangs('JAKARTA\n\nPresiden meninjau lokasi banjir di Bekasi.\n\n12.000\n\nThe floods hit Bekasi.');
    expect(spans.map((s) => s.lang)).toEqual(['id', 'id', 'id', 'en']);
  });

  it('returns nothing for an empty text', () => {
    expect(detectParagraphLangs('')).toEqual([]);
    expect(detectParagraphLangs(' \n\n ')).toEqual([]);
  });
});
