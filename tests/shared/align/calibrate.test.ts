import { describe, expect, it } from 'vitest';
import { CONFIDENCE_COEF, confidence, confidenceFeatures, beadConfidence, type ConfidenceInput } from '../../../shared/align/calibrate';

describe('confidence', () => {
  it('is the rounded logistic of the coefficients times confidenceFeatures, the same from its fields', () => {
    const xs: ConfidenceInput[] = [];
    for (const posterior of [0, 1e-9, 0.3, 0.99, 1]) {
      for (const [na, nb] of [[1, 1], [1, 0], [0, 1], [2, 1], [2, 2]]) {
        xs.push({ posterior, shared: na && nb ? 7.25 : 0, absDelta: na && nb ? 6.5 * posterior : 0, na, nb, density: 0.4 });
      }
    }
    const other = CONFIDENCE_COEF.map((c, k) => c + 0.1 * k);
    for (const x of xs) {
      for (const coef of [CONFIDENCE_COEF, other]) {
        const f = confidenceFeatures(x);
        let z = 0;
        for (let k = 0; k < f.length; k++) z += coef[k] * f[k];
        const want = Math.round((1 / (1 + Math.exp(-z))) * 1e4) / 1e4;
        expect(confidence(x, coef)).toBe(want);
        expect(beadConfidence(x.posterior, x.shared, x.absDelta, x.na, x.nb, x.density, coef)).toBe(want);
      }
    }
  });
});
