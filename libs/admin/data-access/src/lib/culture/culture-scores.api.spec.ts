import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CultureScoreSeries, CultureScoresResponse } from '@rapport/shared/contracts';
import { CultureScoresApi } from './culture-scores.api';

const series = (name: string) => ({ subjectId: name, name, locationId: 'l1', roleTitle: 'Nurse', points: [], slope: null }) as CultureScoreSeries;
const page = (names: string[], nextCursor: string | null): CultureScoresResponse => ({
  level: 'staff',
  period: 'month',
  from: '2026-01',
  to: '2026-03',
  periods: ['2026-01', '2026-02', '2026-03'],
  minRaters: 3,
  items: names.map(series),
  nextCursor,
});

describe('CultureScoresApi', () => {
  let backend: HttpTestingController;
  let api: CultureScoresApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(CultureScoresApi);
  });

  afterEach(() => backend.verify());

  it('follows nextCursor and returns every page’s subjects in one answer', () => {
    let seen: CultureScoresResponse | undefined;
    api.scores({ level: 'staff', period: 'month' }).subscribe((res) => (seen = res));
    const first = backend.expectOne((r) => r.url === '/api/culture/scores' && !r.params.has('cursor'));
    expect(first.request.params.get('level')).toBe('staff');
    first.flush(page(['Ana', 'Ben'], 'c1'));
    const second = backend.expectOne((r) => r.url === '/api/culture/scores' && r.params.get('cursor') === 'c1');
    expect(second.request.params.get('level')).toBe('staff');
    second.flush(page(['Cleo'], null));
    expect(seen?.items.map((i) => i.name)).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(seen?.nextCursor).toBeNull();
    expect(seen?.periods).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('asks for one person when given staffMemberId, in one request', () => {
    let seen: CultureScoresResponse | undefined;
    api.scores({ level: 'staff', staffMemberId: 's1' }).subscribe((res) => (seen = res));
    backend.expectOne((r) => r.url === '/api/culture/scores' && r.params.get('staffMemberId') === 's1').flush(page(['Ana'], null));
    expect(seen?.items.map((i) => i.name)).toEqual(['Ana']);
  });
});
