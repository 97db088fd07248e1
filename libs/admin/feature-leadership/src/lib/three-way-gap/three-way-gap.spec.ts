import type { LeaderOverview, ThreeWayGap, ThreeWayGapRow } from '@rapport/shared/contracts';
import { LeaderPage } from '../leader.page';
import { buttonByText, renderPage } from '../testing/render-page';
import { hasThreeWayBars, threeWayGapOptions } from './three-way-gap-charts';
import { patientSourceText } from './three-way-gap-labels';
import { ThreeWayGapSection } from './three-way-gap-section';

const rows: ThreeWayGapRow[] = [
  {
    competencyId: 'c1',
    competencyName: 'Empathy & warmth',
    self: 5,
    staff: { suppressed: false, n: 7, mean: 2.571, comments: [] },
    patient: { suppressed: false, n: 24, mean: 3.816, score: 70 },
  },
  {
    competencyId: 'c2',
    competencyName: 'Billing integrity & fee transparency',
    self: null,
    staff: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
    patient: { suppressed: true, reason: 'too_few_responses', n: 2, minResponses: 5 },
  },
];

const gap: ThreeWayGap = {
  leaderUserId: 'u-leo',
  gapCycleId: 'q2',
  minRaters: 3,
  patientSource: 'location',
  from: '2025-06-01',
  to: '2026-05-31',
  rows,
};

describe('threeWayGapOptions', () => {
  it('sets self, staff and patients side by side per competency, with no bar where a value is withheld', () => {
    const options = threeWayGapOptions(rows) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
    expect(options.xAxis.data).toEqual(['Empathy', 'Billing integrity']);
    expect(options.series.map((s) => [s.name, s.data])).toEqual([
      ['Self', [5, null]],
      ['Staff (upward)', [2.57, null]],
      ['Patients', [3.82, null]],
    ]);
  });

  it('has nothing to draw when every value is withheld', () => {
    expect(hasThreeWayBars(rows.slice(1))).toBe(false);
    expect(hasThreeWayBars(rows)).toBe(true);
  });
});

describe('patientSourceText', () => {
  it('states where the patient side comes from and over which window', () => {
    expect(patientSourceText({ ...gap, patientSource: 'named' }, true)).toBe('Patients: surveys naming you, Jun 1, 2025 – May 31, 2026.');
    expect(patientSourceText(gap, false)).toBe(
      'Patients: all surveys at their location, Jun 1, 2025 – May 31, 2026 (too few surveys name them).',
    );
    expect(patientSourceText({ ...gap, patientSource: 'none', from: '2025-06', to: '2026-05' }, true)).toBe(
      'Patients: no post-visit surveys for you or your location, Jun 2025 – May 2026.',
    );
  });
});

describe('ThreeWayGapSection', () => {
  const cells = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('table[aria-label="Self, staff and patient ratings per competency"] tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );

  it('lists self, staff and patients per competency, withheld values in words, and the patient source', async () => {
    const { backend, stable, el } = await renderPage(ThreeWayGapSection, { inputs: { userId: 'u-leo', isMe: true } });
    backend.expectOne('/api/leaders/u-leo/three-way-gap').flush(gap);
    await stable();
    expect(cells(el)).toEqual([
      ['Empathy & warmth', '5', '2.6 (7 raters)', '3.8 (24 responses)'],
      ['Billing integrity & fee transparency', 'No self review', 'Not enough raters (fewer than 3)', 'Not enough responses (2 of 5)'],
    ]);
    expect(el.querySelector('[data-testid=patient-source]')?.textContent).toContain('Patients: all surveys at your location');
    expect(el.querySelector('[data-testid=three-way-chart]')).not.toBeNull();
  });

  it('says the gap is not available when the API answers 404, and retries', async () => {
    const { backend, stable, el } = await renderPage(ThreeWayGapSection, { inputs: { userId: 'u-other' } });
    backend
      .expectOne('/api/leaders/u-other/three-way-gap')
      .flush({ type: 'x', title: 'Not Found', status: 404, detail: 'User u-other was not found' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The three-way gap is not available for this leader.');
    buttonByText(el, 'Try again').click();
    backend.expectOne('/api/leaders/u-other/three-way-gap');
  });

  it('is on the leader page, for the leader the page shows', async () => {
    const overview: LeaderOverview = {
      leader: { userId: 'u-leo', name: 'Dr. Leo Martins', staffMemberId: null },
      minRaters: 3,
      goals: [],
      upwardTrend: [],
      gap: [],
      gapCycleId: null,
    };
    const { backend, stable, el } = await renderPage(LeaderPage, { roles: ['hr'], inputs: { id: 'u-leo' } });
    backend.expectOne('/api/competencies').flush({ items: [], total: 0 });
    backend.expectOne('/api/leaders/u-leo/overview').flush(overview);
    await stable();
    backend.expectOne('/api/leaders/u-leo/three-way-gap').flush({ ...gap, patientSource: 'named' });
    await stable();
    expect(el.querySelector('#three-way-heading')?.textContent).toBe('Self, staff and patients');
    expect(el.querySelector('[data-testid=patient-source]')?.textContent).toContain('surveys naming this leader');
  });
});
