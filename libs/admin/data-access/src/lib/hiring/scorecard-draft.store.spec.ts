import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Scorecard } from '@rapport/shared/contracts';
import { SCORECARD_AUTOSAVE_MS, ScorecardDraftStore } from './scorecard-draft.store';
import { interviewFixture, scorecardFixture } from './testing';

const DELAY = 500;

describe('ScorecardDraftStore', () => {
  let store: ScorecardDraftStore;
  let backend: HttpTestingController;
  let injector: Injector;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: SCORECARD_AUTOSAVE_MS, useValue: DELAY }],
    });
    backend = TestBed.inject(HttpTestingController);
    // A child injector stands in for the page that provides the store, so the test can destroy it.
    injector = Injector.create({ providers: [ScorecardDraftStore], parent: TestBed.inject(Injector) });
    store = injector.get(ScorecardDraftStore);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  function load(card: Partial<Scorecard> = {}) {
    store.load('i1');
    backend.expectOne('/api/interviews/i1').flush(interviewFixture());
    backend.expectOne('/api/interviews/i1/scorecards/me').flush(scorecardFixture(card));
  }

  const saves = () => backend.match({ method: 'PUT', url: '/api/interviews/i1/scorecards/me' });

  it('loads the interview and the draft, telling "not asked" apart from noted-but-unrated', () => {
    load({
      ratings: [
        { questionId: 'q1', rating: 4, evidence: 'Named the feeling' },
        { questionId: 'q2', rating: null, evidence: '' },
        { questionId: 'q3', rating: null, evidence: 'Ran out of time' },
      ],
    });
    expect(store.loadStatus()).toBe('ready');
    expect(store.answer('q1')).toEqual({ rating: 4, evidence: 'Named the feeling' });
    expect(store.answer('q2').rating).toBeNull();
    expect(store.answer('q3').rating).toBeUndefined();
    expect(store.progress()).toEqual({ done: 2, total: 3 });
    expect(store.mode()).toBe('edit');
    expect(store.saveState()).toBe('clean');
  });

  it('saves once, after typing pauses, with everything on screen', () => {
    load();
    store.setRating('q1', 4);
    store.setEvidence('q1', 'Acknowledged');
    jest.advanceTimersByTime(DELAY - 1);
    store.setEvidence('q1', 'Acknowledged the feeling');
    store.setRecommendation('yes');
    expect(store.saveState()).toBe('unsaved');
    jest.advanceTimersByTime(DELAY - 1);
    expect(saves()).toHaveLength(0);

    jest.advanceTimersByTime(1);
    const [put] = saves();
    expect(put.request.body).toEqual({
      ratings: [{ questionId: 'q1', rating: 4, evidence: 'Acknowledged the feeling' }],
      recommendation: 'yes',
    });
    expect(store.saveState()).toBe('saving');
    put.flush(scorecardFixture({ ratings: put.request.body.ratings, recommendation: 'yes' }));
    expect(store.saveState()).toBe('saved');
    expect(store.hasUnsavedChanges()).toBe(false);
  });

  it('never sends two saves at once, and an edit during a save stays unsaved until the next one', () => {
    load();
    store.setRating('q1', 2);
    jest.advanceTimersByTime(DELAY);
    const [first] = saves();

    store.setRating('q1', 5);
    jest.advanceTimersByTime(DELAY);
    expect(saves()).toHaveLength(0); // queued behind the first

    first.flush(scorecardFixture());
    // The newer edit is not saved yet: the queued save starts as soon as the first one is done.
    expect(store.saveState()).toBe('saving');
    const [second] = saves();
    expect(second.request.body.ratings).toEqual([{ questionId: 'q1', rating: 5, evidence: '' }]);
    second.flush(scorecardFixture());
    expect(store.saveState()).toBe('saved');
  });

  it('shows a failed save and keeps the edit for a retry', () => {
    load();
    store.setEvidence('q2', 'Offered written estimate');
    jest.advanceTimersByTime(DELAY);
    saves()[0].flush(null, { status: 0, statusText: 'Unknown Error' });
    expect(store.saveState()).toBe('error');
    expect(store.saveError()).toContain('Cannot reach the server');
    expect(store.hasUnsavedChanges()).toBe(true);

    store.saveNow();
    const [retry] = saves();
    expect(retry.request.body.ratings).toEqual([{ questionId: 'q2', rating: null, evidence: 'Offered written estimate' }]);
    retry.flush(scorecardFixture());
    expect(store.saveState()).toBe('saved');
  });

  it('saves pending edits before submitting, then locks the scorecard', () => {
    load();
    store.setRating('q1', 4);
    store.setEvidence('q1', 'Explained the fee');
    store.setRecommendation('yes');
    let submitted: Scorecard | undefined;
    store.submit().subscribe((card) => (submitted = card));

    const [put] = saves();
    backend.expectNone('/api/interviews/i1/scorecards/me/submit');
    put.flush(scorecardFixture());
    const post: TestRequest = backend.expectOne({ method: 'POST', url: '/api/interviews/i1/scorecards/me/submit' });
    const card = scorecardFixture({
      status: 'submitted',
      ratings: [{ questionId: 'q1', rating: 4, evidence: 'Explained the fee' }],
      recommendation: 'yes',
      submittedAt: '2026-11-20T12:00:00.000Z',
    });
    post.flush(card);

    expect(submitted).toEqual(card);
    expect(store.mode()).toBe('locked');
    expect(store.editable()).toBe(false);
    // A locked scorecard ignores edits and never autosaves again.
    store.setRating('q1', 1);
    jest.advanceTimersByTime(DELAY * 2);
    expect(store.answer('q1').rating).toBe(4);
  });

  it('maps the 400 of submit onto the questions and the recommendation it names', () => {
    load();
    store.setRating('q2', 3);
    jest.advanceTimersByTime(DELAY);
    saves()[0].flush(scorecardFixture());

    let failed = false;
    store.submit().subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/interviews/i1/scorecards/me/submit').flush(
      {
        type: 'validation',
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'recommendation', message: 'recommendation is required to submit' },
          { field: 'ratings.q2.evidence', message: 'evidence is required for "Tell me about q2"' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(failed).toBe(true);
    expect(store.mode()).toBe('edit');
    expect(store.issues().questions).toEqual({ q2: 'evidence is required for "Tell me about q2"' });
    expect(store.issues().recommendation).toBe('recommendation is required to submit');

    // Fixing a gap clears its message at once, without waiting for another submit.
    store.setEvidence('q2', 'Apologised and fixed the bill');
    store.setRecommendation('no');
    expect(store.issues().questions).toEqual({});
    expect(store.issues().recommendation).toBeNull();
    jest.advanceTimersByTime(DELAY);
    saves()[0].flush(scorecardFixture());
  });

  it('amends a submitted scorecard with a reason, and restores it when the amendment is cancelled', () => {
    load({ status: 'submitted', ratings: [{ questionId: 'q1', rating: 2, evidence: 'Rushed' }], recommendation: 'no' });
    expect(store.mode()).toBe('locked');

    store.startAmend();
    store.setRating('q1', 3);
    jest.advanceTimersByTime(DELAY * 2);
    expect(saves()).toHaveLength(0); // an amendment is never autosaved as a draft
    store.cancelAmend();
    expect(store.answer('q1').rating).toBe(2);

    store.startAmend();
    store.setRating('q1', 3);
    store.amend('Misread my notes').subscribe();
    const post = backend.expectOne({ method: 'POST', url: '/api/interviews/i1/scorecards/me/amend' });
    expect(post.request.body).toEqual({
      ratings: [{ questionId: 'q1', rating: 3, evidence: 'Rushed' }],
      recommendation: 'no',
      reason: 'Misread my notes',
    });
    post.flush(scorecardFixture({ status: 'submitted', ratings: post.request.body.ratings, recommendation: 'no' }));
    expect(store.mode()).toBe('locked');
    expect(store.answer('q1').rating).toBe(3);
  });

  it('saves unsaved edits when the page goes away', () => {
    load();
    store.setRating('q3', 5);
    (injector as unknown as { destroy(): void }).destroy();
    const [put] = saves();
    expect(put.request.body.ratings).toEqual([{ questionId: 'q3', rating: 5, evidence: '' }]);
    put.flush(scorecardFixture());
  });

  it('explains why the scorecard cannot be opened', () => {
    store.load('i1');
    backend.expectOne('/api/interviews/i1').flush(interviewFixture());
    backend
      .expectOne('/api/interviews/i1/scorecards/me')
      .flush(
        { type: 'forbidden', title: 'Forbidden', status: 403, detail: 'Only panel members have a scorecard for this interview' },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(store.loadStatus()).toBe('error');
    expect(store.loadError()).toBe('Only panel members have a scorecard for this interview');
  });
});
