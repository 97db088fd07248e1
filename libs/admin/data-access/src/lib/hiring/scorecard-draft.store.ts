import { computed, DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import type { Interview, KitQuestion, RatingInput, Recommendation, Scorecard } from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import {
  catchError,
  concatMap,
  defer,
  EMPTY,
  finalize,
  forkJoin,
  map,
  type Observable,
  of,
  ReplaySubject,
  Subject,
  tap,
  throwError,
} from 'rxjs';
import type { LoadStatus } from '../api/list.store';
import { InterviewsApi } from './interviews.api';
import { hasIssues, issuesFromProblem, NO_ISSUES, type ScorecardIssues } from './scorecard-issues';

/** How long typing must pause before the draft is saved. */
export const SCORECARD_AUTOSAVE_MS = new InjectionToken<number>('SCORECARD_AUTOSAVE_MS', {
  providedIn: 'root',
  factory: () => 1000,
});

/** `undefined`: not rated yet; `null`: marked "not asked"; 1–5: the rating. */
export type DraftRating = number | null | undefined;

export interface DraftAnswer {
  rating: DraftRating;
  evidence: string;
}

/** `clean`: nothing typed since loading; the others follow the autosave. */
export type SaveState = 'clean' | 'unsaved' | 'saving' | 'saved' | 'error';

/** `edit`: a draft (autosaved); `locked`: submitted, read-only; `amend`: changing a submitted one. */
export type ScorecardMode = 'edit' | 'locked' | 'amend';

interface DraftState {
  loadStatus: LoadStatus;
  loadError: string;
  interview: Interview | null;
  scorecard: Scorecard | null;
  answers: Record<string, DraftAnswer>;
  recommendation: Recommendation | null;
  mode: ScorecardMode;
  saveState: SaveState;
  saveError: string;
  issues: ScorecardIssues;
  busy: boolean;
}

const INITIAL: DraftState = {
  loadStatus: 'idle',
  loadError: '',
  interview: null,
  scorecard: null,
  answers: {},
  recommendation: null,
  mode: 'edit',
  saveState: 'clean',
  saveError: '',
  issues: NO_ISSUES,
  busy: false,
};

const EMPTY_ANSWER: DraftAnswer = { rating: undefined, evidence: '' };

/**
 * The interviewer's own scorecard on the scoring screen. Every edit is kept locally at once and saved
 * as a draft (`PUT …/scorecards/me`) when typing pauses. Saves, submit and the last save on leaving
 * run one at a time through a queue, so an older draft can never land after a newer one, and submit
 * always sends what is on screen. Submit's 400 is mapped onto the questions it names.
 */
@Injectable()
export class ScorecardDraftStore {
  private readonly api = inject(InterviewsApi);
  private readonly delay = inject(SCORECARD_AUTOSAVE_MS);
  private readonly state = signal<DraftState>(INITIAL);
  private readonly queue = new Subject<Observable<unknown>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by each edit; `savedSeq` is the edit the server has. Different means unsaved. */
  private editSeq = 0;
  private savedSeq = 0;
  /** The answers of the submitted scorecard, to restore when an amendment is cancelled. */
  private beforeAmend: Pick<DraftState, 'answers' | 'recommendation'> | null = null;

  readonly loadStatus = computed(() => this.state().loadStatus);
  readonly loadError = computed(() => this.state().loadError);
  readonly interview = computed(() => this.state().interview);
  readonly scorecard = computed(() => this.state().scorecard);
  readonly questions = computed<KitQuestion[]>(() => this.state().interview?.questions ?? []);
  readonly answers = computed(() => this.state().answers);
  readonly recommendation = computed(() => this.state().recommendation);
  readonly mode = computed(() => this.state().mode);
  readonly saveState = computed(() => this.state().saveState);
  readonly saveError = computed(() => this.state().saveError);
  readonly issues = computed(() => this.state().issues);
  readonly busy = computed(() => this.state().busy);
  readonly editable = computed(() => this.state().mode !== 'locked');
  /** Questions rated or marked "not asked", of all questions. */
  readonly progress = computed(() => {
    const answers = this.state().answers;
    const total = this.questions().length;
    const done = this.questions().filter((q) => answers[q.id]?.rating !== undefined).length;
    return { done, total };
  });
  readonly hasUnsavedChanges = computed(() => {
    const { mode, saveState } = this.state();
    return mode === 'amend' || saveState === 'unsaved' || saveState === 'saving' || saveState === 'error';
  });

  constructor() {
    // One job at a time, in order. Not tied to the page's lifetime: the last save on leaving must finish.
    this.queue.pipe(concatMap((job) => job)).subscribe();
    inject(DestroyRef).onDestroy(() => this.dispose());
  }

  load(interviewId: string): void {
    this.state.set({ ...INITIAL, loadStatus: 'loading' });
    forkJoin({ interview: this.api.get(interviewId), card: this.api.myScorecard(interviewId) }).subscribe({
      next: ({ interview, card }) => {
        this.editSeq = this.savedSeq = 0;
        this.state.set({
          ...INITIAL,
          loadStatus: 'ready',
          interview,
          scorecard: card,
          answers: answersOf(card),
          recommendation: card.recommendation,
          mode: card.status === 'submitted' ? 'locked' : 'edit',
        });
      },
      error: (error: unknown) =>
        this.state.set({ ...INITIAL, loadStatus: 'error', loadError: problemMessage(toProblem(error)) }),
    });
  }

  answer(questionId: string): DraftAnswer {
    return this.state().answers[questionId] ?? EMPTY_ANSWER;
  }

  setRating(questionId: string, rating: number | null): void {
    this.edit((s) => {
      const answers = { ...s.answers, [questionId]: { ...(s.answers[questionId] ?? EMPTY_ANSWER), rating } };
      const issues = withoutQuestionIssue(s.issues, questionId, rating === null);
      // "Rate at least one question" is answered by any rating.
      return { answers, issues: rating === null ? issues : { ...issues, general: [] } };
    });
  }

  setEvidence(questionId: string, evidence: string): void {
    this.edit((s) => {
      const answers = { ...s.answers, [questionId]: { ...(s.answers[questionId] ?? EMPTY_ANSWER), evidence } };
      return { answers, issues: withoutQuestionIssue(s.issues, questionId, evidence.trim() !== '') };
    });
  }

  setRecommendation(recommendation: Recommendation): void {
    this.edit((s) => ({ recommendation, issues: { ...s.issues, recommendation: null } }));
  }

  /** Saves now (the "Retry" of a failed save). */
  saveNow(): void {
    this.clearTimer();
    this.enqueue(() => this.saveIfDirty()).subscribe({ error: () => undefined });
  }

  /** Saves what is on screen, then submits; 400s land on the questions they name. */
  submit(): Observable<Scorecard> {
    this.clearTimer();
    this.patch({ busy: true, issues: NO_ISSUES });
    return this.enqueue(() =>
      this.saveIfDirty().pipe(
        concatMap(() => this.api.submit(this.interviewId()).pipe(catchError((error: unknown) => this.failWithIssues(error)))),
        tap((card) => this.lock(card)),
        finalize(() => this.patch({ busy: false })),
      ),
    );
  }

  startAmend(): void {
    if (this.state().mode !== 'locked') return;
    const { answers, recommendation } = this.state();
    this.beforeAmend = { answers, recommendation };
    this.patch({ mode: 'amend', issues: NO_ISSUES });
  }

  cancelAmend(): void {
    if (this.state().mode !== 'amend' || !this.beforeAmend) return;
    this.patch({ ...this.beforeAmend, mode: 'locked', issues: NO_ISSUES });
    this.beforeAmend = null;
  }

  /** Changes the submitted scorecard; the API keeps the original and the reason in the audit trail. */
  amend(reason: string): Observable<Scorecard> {
    const { recommendation } = this.state();
    if (!recommendation) {
      this.patch({ issues: { ...NO_ISSUES, recommendation: 'Choose a recommendation' } });
      return throwError(() => new Error('A recommendation is required'));
    }
    const ratings = this.ratingsBody();
    this.patch({ busy: true, issues: NO_ISSUES });
    return this.api.amend(this.interviewId(), { ratings, recommendation, reason }).pipe(
      catchError((error: unknown) => this.failWithIssues(error, ratings)),
      tap((card) => {
        this.beforeAmend = null;
        this.lock(card);
      }),
      finalize(() => this.patch({ busy: false })),
    );
  }

  private edit(change: (s: DraftState) => Partial<DraftState>): void {
    const s = this.state();
    if (s.mode === 'locked' || !s.interview) return;
    this.patch(change(s));
    if (s.mode === 'amend') return; // an amendment is sent as a whole, with its reason
    this.editSeq += 1;
    this.patch({ saveState: 'unsaved', saveError: '' });
    this.clearTimer();
    this.timer = setTimeout(() => this.saveNow(), this.delay);
  }

  /** Saves the draft if the server does not have the latest edit; errors (after recording them) if it fails. */
  private saveIfDirty(): Observable<void> {
    return defer(() => {
      if (this.savedSeq === this.editSeq || this.state().mode !== 'edit') return of(undefined);
      const seq = this.editSeq;
      const body = { ratings: this.ratingsBody(), recommendation: this.state().recommendation };
      this.patch({ saveState: 'saving' });
      return this.api.saveDraft(this.interviewId(), body).pipe(
        tap((card) => {
          this.savedSeq = seq;
          // An edit made while this save was in flight is still unsaved (its timer is running).
          this.patch({ scorecard: card, saveState: this.editSeq === seq ? 'saved' : 'unsaved', saveError: '' });
        }),
        map(() => undefined),
        catchError((error: unknown) => {
          const problem = toProblem(error);
          const issues = problem.status === 400 ? issuesFromProblem(problem, this.questionIds(), body.ratings) : NO_ISSUES;
          this.patch({ saveState: 'error', saveError: problemMessage(problem), issues });
          return throwError(() => error);
        }),
      );
    });
  }

  private failWithIssues(error: unknown, sent: RatingInput[] = []): Observable<never> {
    const problem = toProblem(error);
    if (problem.status === 400) {
      const issues = issuesFromProblem(problem, this.questionIds(), sent);
      if (hasIssues(issues)) this.patch({ issues });
    }
    return throwError(() => error);
  }

  private lock(card: Scorecard): void {
    this.editSeq = this.savedSeq = 0;
    this.patch({
      scorecard: card,
      answers: answersOf(card),
      recommendation: card.recommendation,
      mode: 'locked',
      saveState: 'clean',
      issues: NO_ISSUES,
    });
  }

  /** Ratings in kit order; untouched questions are left out (the API treats them as not rated). */
  private ratingsBody(): RatingInput[] {
    const answers = this.state().answers;
    return this.questions().flatMap((q) => {
      const a = answers[q.id];
      if (!a || (a.rating === undefined && a.evidence.trim() === '')) return [];
      return [{ questionId: q.id, rating: a.rating ?? null, evidence: a.evidence }];
    });
  }

  private enqueue<T>(work: () => Observable<T>): Observable<T> {
    const result = new ReplaySubject<T>(1);
    // The queue swallows the error after handing it to the caller, so later jobs still run. (Not
    // `tap(result)`: tap would also call the subject's `subscribe` as its subscription hook.)
    this.queue.next(
      defer(work).pipe(
        tap({ next: (value) => result.next(value), error: (error: unknown) => result.error(error), complete: () => result.complete() }),
        catchError(() => EMPTY),
      ),
    );
    return result.asObservable();
  }

  private dispose(): void {
    this.clearTimer();
    if (this.state().mode === 'edit' && this.savedSeq !== this.editSeq) {
      this.enqueue(() => this.saveIfDirty()).subscribe({ error: () => undefined });
    }
    this.queue.complete();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private interviewId(): string {
    const interview = this.state().interview;
    if (!interview) throw new Error('The interview is not loaded');
    return interview.id;
  }

  private questionIds(): string[] {
    return this.questions().map((q) => q.id);
  }

  private patch(change: Partial<DraftState>): void {
    this.state.update((s) => ({ ...s, ...change }));
  }
}

/**
 * A stored `rating: null` with evidence is a question noted but not rated yet (shown unrated); with no
 * evidence it is one the interviewer marked "not asked".
 */
function answersOf(card: Scorecard): Record<string, DraftAnswer> {
  const answers: Record<string, DraftAnswer> = {};
  for (const r of card.ratings) {
    answers[r.questionId] = { rating: r.rating === null && r.evidence.trim() ? undefined : r.rating, evidence: r.evidence };
  }
  return answers;
}

/** Clears a question's issue once the edit plausibly fixes it (a rating of "not asked" needs no evidence). */
function withoutQuestionIssue(issues: ScorecardIssues, questionId: string, fixed: boolean): ScorecardIssues {
  if (!fixed || !(questionId in issues.questions)) return issues;
  const questions = { ...issues.questions };
  delete questions[questionId];
  return { ...issues, questions };
}
