import { METRICS } from './labels';

describe('labels', () => {
  it('formats each metric in its own unit', () => {
    expect(METRICS.inquiry_response_minutes.format(45)).toBe('45 min');
    expect(METRICS.inquiry_response_minutes.format(300)).toBe('5.0 h');
    expect(METRICS.calls_returned_rate.format(0.873)).toBe('87.3%');
    expect(METRICS.on_time_rate.format(1)).toBe('100%');
    expect(METRICS.review_rating.format(4.6)).toBe('4.60 / 5');
  });
});
