/**
 * A century counted with a Roman numeral (*abad ke-XIX*, *abad XIX*), as Indonesian writes it, is the ordinal
 * "19th century" is. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, mismatchesAt } from '../drift/helpers';

const read = (text: string) => extractFromSentence(text, 'id').map((f) => [f.kind, f.text, f.value]);

describe('abad ke-XIX: a century in Roman numerals', () => {
  it('is read as the ordinal, with or without ke-', () => {
    expect(read('Benteng itu dibangun pada abad ke-XVII oleh VOC.')).toEqual([['ordinal', 'ke-XVII', 17]]);
    expect(read('Candi itu berasal dari abad VIII.')).toEqual([['ordinal', 'VIII', 8]]);
    expect(read('Tradisi itu bertahan hingga abad ke-XXI.')).toEqual([['ordinal', 'ke-XXI', 21]]);
  });
  it('matches "the 17th century" and drifts from another century', () => {
    const a = 'Benteng itu dibangun pada abad ke-XVII oleh VOC.';
    expect(drifts(a, 'The fort was built in the 17th century by the VOC.')).toEqual([]);
    expect(mismatchesAt('review', a, 'The fort was built in the 17th century by the VOC.')).toEqual([]);
    expect(drifts(a, 'The fort was built in the 18th century by the VOC.')).toEqual(['value:ke-XVII']);
  });
  it('guards: a name with a Roman numeral, a numeral that is no century, a word after abad, stay no figure', () => {
    expect(read('Gedung Abad Baru diresmikan kemarin.')).toEqual([]);
    expect(read('Paus Yohanes Paulus II pernah berkunjung ke sana.')).toEqual([]);
    expect(read('Seni dari abad pertengahan dipamerkan.')).toEqual([]);
    expect(read('Kisah abad MCM itu fiktif.')).toEqual([]);
  });
});
