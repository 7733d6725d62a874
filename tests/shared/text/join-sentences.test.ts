/** Sentences shown as one text: a space between two, none after a Chinese or Japanese full stop. Our own sentences. */
import { describe, expect, it } from 'vitest';
import { joinSentences } from '../../../shared/text/chars';

describe('joinSentences', () => {
  it('joins by a space, but not after 。！？ (and a closing quote after one)', () => {
    expect(joinSentences(['Sales fell 5%.', 'Costs rose 3%.'])).toBe('Sales fell 5%. Costs rose 3%.');
    expect(joinSentences(['销售额下降5%。', '成本上升3%。'])).toBe('销售额下降5%。成本上升3%。');
    expect(joinSentences(['「値上げする。」', 'と述べた。'])).toBe('「値上げする。」と述べた。');
    expect(joinSentences(['本当？', 'Yes.'])).toBe('本当？Yes.');
    expect(joinSentences(['One.'])).toBe('One.');
    expect(joinSentences([])).toBe('');
  });
});
