import fc from 'fast-check';
import { observationsTo100, ratingTo100, targetScale } from './normalise';

describe('normalisation to 0–100', () => {
  it('maps ratings 1–5 linearly', () => {
    expect([1, 3, 5].map(ratingTo100)).toEqual([0, 50, 100]);
    expect(ratingTo100(4.6)).toBeCloseTo(90, 12);
    expect(() => ratingTo100(0)).toThrow(RangeError);
  });

  it('smooths observations (Laplace): 1 recognition is 67, not 100', () => {
    expect(observationsTo100(1, 0)).toBeCloseTo(200 / 3, 12);
    expect(observationsTo100(0, 0)).toBe(50);
    expect(observationsTo100(3, 1)).toBeCloseTo(400 / 6, 12);
    expect(() => observationsTo100(-1, 0)).toThrow(RangeError);
  });

  it('target scale works for higher-is-better targets too', () => {
    expect(targetScale(80, 100, 60)).toBe(50);
  });
});

describe('targetScale properties', () => {
  it('stays within [0, 100] and never rewards a worse value (lower-is-better)', () => {
    const minutes = fc.double({ min: 0, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(minutes, minutes, (a, b) => {
        const [better, worse] = a <= b ? [a, b] : [b, a];
        const hi = targetScale(better, 60, 1440);
        const lo = targetScale(worse, 60, 1440);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(100);
        expect(lo).toBeLessThanOrEqual(hi);
      }),
    );
  });
});
