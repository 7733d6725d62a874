/**
 * Reader rules of the twenty-second round (issue 10), from false alarms judged on unlabelled real
 * translations. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const id = (s: string) => extractFromSentence(s, 'id');

describe('*hingga* misspelt by one slip is still the bound', () => {
  it('Indonesian *hinggga Rp1 triliun* is up to; against "up to Rp1 trillion" no drift, both ways', () => {
    expect(id('Penyaluran kredit ditargetkan hinggga Rp1 triliun.').map((f) => [f.text, f.qualifier])).toEqual([['hinggga Rp1 triliun', 'up-to']]);
    expect(drifts('Penyaluran kredit ditargetkan hinggga Rp1 triliun.', 'Lending is targeted at up to Rp1 trillion.')).toEqual([]);
    expect(drifts('Lending is targeted at up to Rp1 trillion.', 'Penyaluran kredit ditargetkan hinggga Rp1 triliun.', 'en', 'id')).toEqual([]);
  });
  it('guard: *hinggap* (to perch) is a word of its own', () => {
    expect(id('Burung itu hinggap 5 kali di atap.').map((f) => f.qualifier)).toEqual(['exact']);
  });
});
