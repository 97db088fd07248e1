import { REVIEW_THEMES, type OnlineReview, type PatientSignals, type ReviewSummary, type ReviewSummaryPoint, type ReviewTheme } from '@rapport/shared/contracts';

/** Two locations, two competencies: a shown cell, a cell with too few responses, an empty location. */
export const SIGNALS: PatientSignals = {
  from: '2026-03',
  to: '2026-05',
  minResponses: 5,
  competencies: [
    { id: 'c-emp', name: 'Empathy & warmth' },
    { id: 'c-bill', name: 'Billing integrity & fee transparency' },
  ],
  locations: [
    { id: 'l-dtn', name: 'Downtown Clinic' },
    { id: 'l-ngt', name: 'Northgate Studio' },
  ],
  cells: [
    {
      locationId: 'l-dtn',
      competencyId: 'c-emp',
      patient: { suppressed: false, n: 14, mean: 4.5, score: 88 },
      staff: { insufficient_data: false, n: 6, mean: 3.9, score: 73 },
    },
    {
      locationId: 'l-dtn',
      competencyId: 'c-bill',
      patient: { suppressed: true, reason: 'too_few_responses', n: 3, minResponses: 5 },
      staff: { insufficient_data: false, n: 6, mean: 4.1, score: 78 },
    },
    {
      locationId: 'l-ngt',
      competencyId: 'c-emp',
      patient: { suppressed: true, reason: 'no_data', n: 0, minResponses: 5 },
      staff: { insufficient_data: true, n: 2, mean: null, score: null },
    },
  ],
  trend: [
    { locationId: 'l-dtn', period: '2026-03', responses: 6, mean: 4.2 },
    { locationId: 'l-dtn', period: '2026-05', responses: 8, mean: 4.567 },
  ],
};

const themes = (counts: Partial<Record<ReviewTheme, [number, number | null]>> = {}) =>
  Object.fromEntries(
    REVIEW_THEMES.map((t) => [t, { count: counts[t]?.[0] ?? 0, meanRating: counts[t]?.[1] ?? null }]),
  ) as ReviewSummaryPoint['themes'];

/** Two locations over two months; Northgate has reviews in May only. */
export const SUMMARY: ReviewSummary = {
  from: '2026-04',
  to: '2026-05',
  period: 'month',
  periods: ['2026-04', '2026-05'],
  locations: [
    { id: 'l-dtn', name: 'Downtown Clinic' },
    { id: 'l-ngt', name: 'Northgate Studio' },
  ],
  points: [
    { locationId: 'l-dtn', period: '2026-04', count: 2, meanRating: 5, themes: themes({ staff: [2, 5] }) },
    { locationId: 'l-dtn', period: '2026-05', count: 2, meanRating: 2, themes: themes({ billing: [2, 2], staff: [1, 3] }) },
    { locationId: 'l-ngt', period: '2026-04', count: 0, meanRating: null, themes: themes() },
    { locationId: 'l-ngt', period: '2026-05', count: 1, meanRating: 1, themes: themes({ pressure_to_buy: [1, 1] }) },
  ],
};

export const review = (over: Partial<OnlineReview> = {}): OnlineReview => ({
  id: 'r1',
  source: 'google',
  reviewedOn: '2026-05-03',
  locationId: 'l-dtn',
  rating: 2,
  text: 'Surprise bill after the visit.',
  themes: ['billing'],
  ...over,
});
