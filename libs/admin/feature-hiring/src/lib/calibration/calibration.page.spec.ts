import { renderPage } from '../testing/render';
import { CalibrationPage, isoDay } from './calibration.page';

describe('CalibrationPage', () => {
  it('shows each interviewer’s deviation signed, extremes as a share, and a reading', async () => {
    const { el, backend, stable } = await renderPage(CalibrationPage);
    backend.expectOne('/api/analytics/interviewer-calibration').flush([
      { interviewerId: 'u-ivan', name: 'Ivan Novak', scorecards: 4, ratings: 30, meanDeviation: 0.62, extremeShare: 0.4, label: 'lenient' },
      { interviewerId: 'u-maya', name: 'Maya Chen', scorecards: 4, ratings: 31, meanDeviation: -0.5, extremeShare: 0.1, label: 'severe' },
      { interviewerId: 'u-new', name: 'New Person', scorecards: 1, ratings: 3, meanDeviation: null, extremeShare: null, label: 'insufficient_data' },
    ]);
    await stable();
    const rows = Array.from(el.querySelectorAll('tr[mat-row]')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Ivan Novak', '4', '30', '+0.62', '40%', 'Lenient'],
      ['Maya Chen', '4', '31', '-0.50', '10%', 'Severe'],
      ['New Person', '1', '3', '–', '–', 'Too few ratings'],
    ]);
  });

  it('writes a day as the API’s ISO date, in local time', () => {
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('sends the period to the API with the end day included', async () => {
    const { fixture, backend } = await renderPage(CalibrationPage);
    backend.expectOne('/api/analytics/interviewer-calibration').flush([]);
    const page = fixture.componentInstance as unknown as { period: { setValue(v: unknown): void }; load(): void };
    page.period.setValue({ from: new Date(2026, 9, 1), to: new Date(2026, 9, 31) });
    page.load();
    const request = backend.expectOne((r) => r.url === '/api/analytics/interviewer-calibration');
    expect(request.request.params.get('from')).toBe('2026-10-01');
    expect(request.request.params.get('to')).toBe('2026-11-01');
    request.flush([]);
  });
});
