import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Competency, Page } from '@rapport/shared/contracts';
import { CompetenciesApi } from './competencies.api';

const competency = (id: string) => ({ id, name: `Competency ${id}` }) as Competency;

describe('CompetenciesApi', () => {
  let backend: HttpTestingController;
  let api: CompetenciesApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(CompetenciesApi);
  });

  afterEach(() => backend.verify());

  it('lists every competency, following nextCursor page by page', () => {
    let seen: Page<Competency> | undefined;
    api.list().subscribe((page) => (seen = page));

    const first = backend.expectOne((r) => r.url === '/api/competencies' && !r.params.has('cursor'));
    first.flush({ items: [competency('c1'), competency('c2')], total: 3, nextCursor: 'next-1' });
    const second = backend.expectOne((r) => r.url === '/api/competencies' && r.params.get('cursor') === 'next-1');
    second.flush({ items: [competency('c3')], total: 3, nextCursor: null });

    expect(seen?.items.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(seen?.total).toBe(3);
  });
});
