import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  Application,
  ApplicationStage,
  Debrief,
  Interview,
  Opening,
  ProblemDocument,
  Recommendation,
} from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import { catchError, forkJoin, map, type Observable, of, tap } from 'rxjs';
import type { LoadStatus } from '../api/list.store';
import { ApplicationsApi } from './applications.api';
import { allPages } from '../api/all-pages';
import { InterviewsApi } from './interviews.api';
import { OpeningsApi } from './openings.api';
import { PIPELINE_COLUMNS } from './pipeline-rules';

/** What a pipeline card says about the interviews of one application. */
export interface ScoreSummary {
  interviews: number;
  submitted: number;
  /** Scorecards expected from every panel (submitted or not). */
  expected: number;
  overallScore: number | null;
  recommendation: Recommendation | null;
  disagreement: boolean;
  /** The debrief was refused (403): the viewer sits on a panel and has not submitted yet. */
  hidden: boolean;
}

export interface PipelineColumn {
  stage: ApplicationStage;
  applications: Application[];
}

interface PipelineState {
  status: LoadStatus;
  error: ProblemDocument | null;
  opening: Opening | null;
  applications: Application[];
  interviews: Interview[];
  debriefs: Record<string, Debrief | 'hidden'>;
}

/**
 * One opening's board: its applications by stage, with a score summary per card built from the
 * interviews and, where scorecards were submitted, the application's debrief. Moves are applied at
 * once (the card stays where it was dropped) and undone if the API refuses them.
 */
@Injectable()
export class PipelineStore {
  private readonly openingsApi = inject(OpeningsApi);
  private readonly applicationsApi = inject(ApplicationsApi);
  private readonly interviewsApi = inject(InterviewsApi);
  private readonly destroyRef = inject(DestroyRef);

  private readonly state = signal<PipelineState>({
    status: 'idle',
    error: null,
    opening: null,
    applications: [],
    interviews: [],
    debriefs: {},
  });

  readonly status = computed(() => this.state().status);
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    return error ? problemMessage(error) : '';
  });
  readonly opening = computed(() => this.state().opening);
  readonly applications = computed(() => this.state().applications);
  readonly columns = computed<PipelineColumn[]>(() =>
    PIPELINE_COLUMNS.map((stage) => ({ stage, applications: this.applications().filter((a) => a.stage === stage) })),
  );
  readonly summaries = computed(() => {
    const { applications, interviews, debriefs } = this.state();
    const result: Record<string, ScoreSummary> = {};
    for (const app of applications) result[app.id] = summarize(interviews.filter((i) => i.applicationId === app.id), debriefs[app.id]);
    return result;
  });

  load(openingId: string): void {
    this.state.update((s) => ({ ...s, status: 'loading', error: null }));
    forkJoin({
      opening: this.openingsApi.get(openingId),
      applications: this.applicationsApi.list({ openingId }).pipe(map((p) => p.items)),
      // Every interview of this opening, however many pages (a group's opening can pass one page).
      interviews: allPages((cursor) => this.interviewsApi.list({ openingId, cursor })).pipe(map((p) => p.items)),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ opening, applications, interviews }) => {
          const ids = new Set(applications.map((a) => a.id));
          const mine = interviews.filter((i) => ids.has(i.applicationId));
          this.state.set({ status: 'ready', error: null, opening, applications, interviews: mine, debriefs: {} });
          this.loadDebriefs(applications.filter((a) => mine.some((i) => i.applicationId === a.id && submittedCount(i) > 0)));
        },
        error: (error: unknown) => this.state.update((s) => ({ ...s, status: 'error', error: toProblem(error) })),
      });
  }

  /**
   * Moves an application: the card moves at once, then the API's answer replaces it (with its new
   * history); a refusal puts it back and errors so the page can say why.
   */
  move(applicationId: string, stage: ApplicationStage, reason?: string): Observable<Application> {
    const before = this.applications().find((a) => a.id === applicationId);
    if (!before) throw new Error(`No application ${applicationId} on this board`);
    this.replace({ ...before, stage, daysInStage: 0 });
    return this.applicationsApi.changeStage(applicationId, reason ? { stage, reason } : { stage }).pipe(
      tap({ next: (saved) => this.replace(saved), error: () => this.replace(before) }),
    );
  }

  /** Adds an application for an existing candidate to this opening. */
  addApplication(candidateId: string): Observable<Application> {
    const opening = this.opening();
    if (!opening) throw new Error('The opening is not loaded');
    return this.applicationsApi
      .create({ candidateId, openingId: opening.id })
      .pipe(tap((app) => this.state.update((s) => ({ ...s, applications: [...s.applications, app] }))));
  }

  /** After scheduling: count the panel in, and refetch the application (scheduling moves early stages on). */
  interviewScheduled(interview: Interview): Observable<Application> {
    this.state.update((s) => ({ ...s, interviews: [...s.interviews, interview] }));
    return this.applicationsApi.get(interview.applicationId).pipe(tap((app) => this.replace(app)));
  }

  private loadDebriefs(applications: Application[]): void {
    if (applications.length === 0) return;
    forkJoin(
      applications.map((app) =>
        this.applicationsApi.debrief(app.id).pipe(
          // 403: the viewer is on this panel and has not submitted; the card says scores are hidden.
          catchError((error: unknown) => of(toProblem(error).status === 403 ? ('hidden' as const) : null)),
          map((debrief) => [app.id, debrief] as const),
        ),
      ),
    )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((pairs) => {
        const debriefs: Record<string, Debrief | 'hidden'> = {};
        for (const [id, debrief] of pairs) if (debrief) debriefs[id] = debrief;
        this.state.update((s) => ({ ...s, debriefs: { ...s.debriefs, ...debriefs } }));
      });
  }

  private replace(app: Application): void {
    this.state.update((s) => ({ ...s, applications: s.applications.map((a) => (a.id === app.id ? app : a)) }));
  }
}

const submittedCount = (i: Interview) => i.panel.filter((p) => p.scorecardStatus === 'submitted').length;

export function summarize(interviews: Interview[], debrief: Debrief | 'hidden' | undefined): ScoreSummary {
  const expected = interviews.reduce((n, i) => n + i.panel.length, 0);
  const submitted = interviews.reduce((n, i) => n + submittedCount(i), 0);
  const known = debrief && debrief !== 'hidden' ? debrief : null;
  return {
    interviews: interviews.length,
    submitted,
    expected,
    overallScore: known?.overallScore ?? null,
    recommendation: known?.computedRecommendation ?? null,
    disagreement: known?.competencies.some((c) => c.disagreement) ?? false,
    hidden: debrief === 'hidden',
  };
}

