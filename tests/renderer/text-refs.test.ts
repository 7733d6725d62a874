import { describe, expect, it } from 'vitest';
import { HeldTexts, SentTexts } from '../../renderer/worker/text-refs';

describe('text refs', () => {
  const a = 'Harga beras naik 12 persen pada Maret.';
  const b = 'Rice prices rose 12 percent in March.';
  const c = 'Rice prices rose 21 percent in March.';

  it('sends each text once and names it by number afterwards', () => {
    const sent = new SentTexts();
    const held = new HeldTexts();
    const first = sent.send([a, b]);
    expect(first.every((r) => r.text !== undefined)).toBe(true);
    expect(held.resolve(first)).toEqual([a, b]);
    const second = sent.send([a, b]);
    expect(second.every((r) => r.text === undefined)).toBe(true);
    expect(held.resolve(second)).toEqual([a, b]);
  });

  it('sends only the changed text, forgets the one no longer used, and sends a repeated text once', () => {
    const sent = new SentTexts();
    const held = new HeldTexts();
    held.resolve(sent.send([a, b]));
    const changed = sent.send([a, c]);
    expect(changed.map((r) => r.text)).toEqual([undefined, c]);
    expect(held.resolve(changed)).toEqual([a, c]);
    // b was forgotten on both sides: it goes again when it comes back.
    const back = sent.send([b, b]);
    expect(back[0].text).toBe(b);
    expect(back[1]).toEqual({ ref: back[0].ref });
    expect(held.resolve(back)).toEqual([b, b]);
  });

  it('after a reset (a new worker) sends everything again', () => {
    const sent = new SentTexts();
    sent.send([a]);
    sent.reset();
    const again = sent.send([a]);
    expect(again[0].text).toBe(a);
    expect(new HeldTexts().resolve(again)).toEqual([a]);
  });

  it('keeps the other texts when asked (a text hashed before the project that holds it is saved)', () => {
    const sent = new SentTexts();
    const held = new HeldTexts();
    held.resolve(sent.send([a]));
    const extra = sent.send([b], true);
    expect(held.resolve(extra, true)).toEqual([b]);
    const both = sent.send([a, b]);
    expect(both.map((r) => r.text)).toEqual([undefined, undefined]);
    expect(held.resolve(both)).toEqual([a, b]);
  });

  it('refuses a ref it never received', () => {
    expect(() => new HeldTexts().resolve([{ ref: 7 }])).toThrow();
  });
});
