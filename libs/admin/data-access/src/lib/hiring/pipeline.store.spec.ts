import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Application, Debrief } from '@rapport/shared/contracts';
import { PipelineStore, summarize } from './pipeline.store';
import { interviewFixture } from './testing';

const app = (id: string, stage: Application['stage']): Application => ({
  id,
  candidateId: `c-${id}`,
  candidateName: `Candidate ${id}`,
  openingId: 'o1',
  stage,
  stageEnteredAt: '',
  daysInStage: 5,
  history: [],
  decision: null,
  createdAt: '',
});

describe('PipelineStore', () => {
  let store: PipelineStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PipelineStore] });
    store = TestBed.inject(PipelineStore);
    backend = TestBed.inject(HttpTestingController);
    store.load('o1');
    backend.expectOne('/api/openings/o1').flush({ id: 'o1', title: 'Front desk', status: 'open', stageCounts: {} });
    backend.expectOne('/api/applications?openingId=o1').flush({ items: [app('a1', 'applied'), app('a2', 'interviewing')], total: 2 });
    // The opening's interviews (the board still keeps only those of its applications).
    backend.expectOne('/api/interviews?openingId=o1').flush({
      items: [interviewFixture({ applicationId: 'a2' }), interviewFixture({ id: 'i9', applicationId: 'elsewhere' })],
      total: 2,
    });
  });

  afterEach(() => backend.verify());

  it('groups applications by stage and summarizes their panels from the debrief', () => {
    backend.expectOne('/api/applications/a2/debrief').flush({
      overallScore: 3.4,
      computedRecommendation: 'yes',
      competencies: [{ disagreement: true }],
    });
    expect(store.columns().map((c) => [c.stage, c.applications.map((a) => a.id)])).toEqual([
      ['applied', ['a1']],
      ['screening', []],
      ['interviewing', ['a2']],
      ['offer', []],
      ['hired', []],
      ['rejected', []],
      ['withdrawn', []],
    ]);
    expect(store.summaries()['a2']).toEqual({
      interviews: 1,
      submitted: 1,
      expected: 2,
      overallScore: 3.4,
      recommendation: 'yes',
      disagreement: true,
      hidden: false,
    });
    expect(store.summaries()['a1'].interviews).toBe(0);
  });

  it('moves at once, keeps the API’s answer, and undoes a refused move', () => {
    backend.expectOne('/api/applications/a2/debrief').flush(null, { status: 403, statusText: 'Forbidden' });
    expect(store.summaries()['a2'].hidden).toBe(true);

    let failed = false;
    store.move('a1', 'offer').subscribe({ error: () => (failed = true) });
    expect(store.applications().find((a) => a.id === 'a1')?.stage).toBe('offer');
    backend.expectOne('/api/applications/a1/stage').flush(null, { status: 409, statusText: 'Conflict' });
    expect(failed).toBe(true);
    expect(store.applications().find((a) => a.id === 'a1')?.stage).toBe('applied');

    store.move('a1', 'screening').subscribe();
    backend.expectOne('/api/applications/a1/stage').flush({ ...app('a1', 'screening'), daysInStage: 0, history: [{ toStage: 'screening' }] });
    expect(store.applications().find((a) => a.id === 'a1')?.history).toHaveLength(1);
  });
});

describe('summarize', () => {
  it('counts every panel and leaves the score empty until a debrief is known', () => {
    const s = summarize([interviewFixture(), interviewFixture({ id: 'i2' })], undefined);
    expect(s).toMatchObject({ interviews: 2, submitted: 2, expected: 4, overallScore: null, hidden: false });
    expect(summarize([], 'hidden' as const).hidden).toBe(true);
    const d = { overallScore: 2.1, computedRecommendation: 'no', competencies: [] } as unknown as Debrief;
    expect(summarize([interviewFixture()], d)).toMatchObject({ overallScore: 2.1, recommendation: 'no', disagreement: false });
  });
});
