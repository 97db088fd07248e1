import { lastMonths, monthOf, patientCellLabel, ratingLabel, staffCellLabel } from './patient-labels';

describe('patient labels', () => {
  it('shows a patient mean with its responses, and says why a cell has none', () => {
    expect(patientCellLabel({ suppressed: false, n: 12, mean: 4.26, score: 81 })).toBe('4.3 (12 responses)');
    expect(patientCellLabel({ suppressed: true, reason: 'too_few_responses', n: 3, minResponses: 5 })).toBe('Too few responses (3 of 5)');
    expect(patientCellLabel({ suppressed: true, reason: 'no_data', n: 0, minResponses: 5 })).toBe('No responses');
  });

  it('shows a staff mean, or that too few people rated, never a zero', () => {
    expect(staffCellLabel({ insufficient_data: false, n: 6, mean: 3.94 })).toBe('3.9 (6 raters)');
    expect(staffCellLabel({ insufficient_data: true, n: 2, mean: null })).toBe('Too few raters');
    expect(staffCellLabel({ insufficient_data: true, n: null, mean: null })).toBe('No ratings');
  });

  it('counts calendar months back from today, across a year boundary', () => {
    expect(lastMonths(3, new Date(2026, 1, 15))).toEqual({ from: '2025-12', to: '2026-02' });
    expect(lastMonths(12, new Date(2026, 11, 31))).toEqual({ from: '2026-01', to: '2026-12' });
    expect(monthOf(new Date(2026, 0, 1))).toBe('2026-01');
  });

  it('writes a rating against its scale', () => {
    expect(ratingLabel(4)).toBe('4 / 5');
    expect(ratingLabel(3.456)).toBe('3.5 / 5');
    expect(ratingLabel(null)).toBe('—');
  });
});
