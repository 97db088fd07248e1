import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  ApplicationsApi,
  CandidatesApi,
  HiringPeopleStore,
  InterviewsApi,
  isFinalStage,
  loadable,
  OpeningsApi,
  stageTargets,
} from '@rapport/admin/data-access';
import { DECISION_LABELS, PageState, ProblemHandler, RECOMMENDATION_LABELS, STAGE_LABELS } from '@rapport/admin/ui';
import type { Application, ApplicationStage, Candidate, Interview, Opening, Page, StaffMember } from '@rapport/shared/contracts';
import { filter, forkJoin, map, type Observable, of, type Subscription, switchMap, tap } from 'rxjs';
import { ScheduleInterviewDialog, type ScheduleInterviewData } from '../shared/schedule-interview-dialog';
import { type HireStaffState, StaffFromHire } from '../shared/staff-from-hire';
import { askStageMove } from '../shared/stage-move';
import { CandidateErasure } from './candidate-erasure';
import { InterviewScorecards } from './interview-scorecards';

const PANEL_STATUS: Record<string, string> = { not_started: 'Not started', draft: 'Drafting', submitted: 'Submitted' };

/** Another application of the same candidate, as the side list shows it. */
export interface OtherApplication {
  id: string;
  openingTitle: string;
  stage: ApplicationStage;
  daysInStage: number;
}

/** One candidate's application: stage and its history, interviews with their panels, scorecards, debrief. */
@Component({
  selector: 'rp-application-page',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatMenuModule, RouterLink, PageState, InterviewScorecards, CandidateErasure],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [HiringPeopleStore],
  styleUrls: ['../hiring-page.scss', './application.page.scss'],
  templateUrl: './application.page.html',
})
export class ApplicationPage {
  private readonly applicationsApi = inject(ApplicationsApi);
  private readonly candidatesApi = inject(CandidatesApi);
  private readonly openingsApi = inject(OpeningsApi);
  private readonly interviewsApi = inject(InterviewsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);
  private readonly destroyRef = inject(DestroyRef);
  private readonly staffFromHire = inject(StaffFromHire);
  private staffCheck: Subscription | null = null;

  /** From the route (`/hiring/applications/:applicationId`). */
  readonly applicationId = input.required<string>();

  protected readonly people = inject(HiringPeopleStore);
  protected readonly application = loadable<Application>();
  protected readonly candidate = loadable<Candidate>();
  protected readonly opening = loadable<Opening>();
  protected readonly interviews = loadable<Page<Interview>>();
  /** The candidate's applications to other openings, newest first. */
  protected readonly otherApplications = loadable<OtherApplication[]>();
  /** A hired application offers to create its staff member until one is. */
  protected readonly hireStaff = signal<HireStaffState>({ kind: 'none' });
  /** The staff member created here, to link to. */
  protected readonly createdStaff = signal<StaffMember | null>(null);
  protected readonly stageLabels = STAGE_LABELS;
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly recommendationLabels = RECOMMENDATION_LABELS;
  protected readonly panelStatus = PANEL_STATUS;
  protected readonly final = computed(() => {
    const app = this.application.value();
    return !!app && isFinalStage(app.stage);
  });
  protected readonly targets = computed(() => {
    const app = this.application.value();
    return app ? stageTargets(app.stage) : [];
  });
  /** Newest first: the timeline reads from what happened last. */
  protected readonly history = computed(() => [...(this.application.value()?.history ?? [])].reverse());
  protected readonly anySubmitted = computed(() =>
    (this.interviews.value()?.items ?? []).some((i) => i.panel.some((p) => p.scorecardStatus === 'submitted')),
  );

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => this.load(id));
    });
    this.people.load();
    this.destroyRef.onDestroy(() => this.staffCheck?.unsubscribe());
  }

  protected reload(): void {
    this.load(this.applicationId());
  }

  protected reloadOtherApplications(): void {
    const app = this.application.value();
    if (app) this.otherApplications.load(this.otherApplicationsOf(app));
  }

  protected daysText(days: number): string {
    return days === 0 ? 'since today' : `${days} day${days === 1 ? '' : 's'} in stage`;
  }

  protected createStaff(app: Application): void {
    const state = this.hireStaff();
    this.staffFromHire.create(app, state.kind === 'draft' ? state.draft : undefined).subscribe((saved) => this.staffCreated(saved));
  }

  protected move(app: Application, to: ApplicationStage): void {
    askStageMove(this.dialog, { candidateName: app.candidateName, from: app.stage, to }, (m) => this.notify(m))
      .pipe(
        filter((consent) => consent !== null),
        switchMap((consent) => this.applicationsApi.changeStage(app.id, consent)),
      )
      .subscribe({
        next: (saved) => {
          this.application.set(saved);
          const message = `${saved.candidateName} moved to ${STAGE_LABELS[saved.stage]}`;
          if (saved.stage === 'hired') {
            this.checkStaff(saved);
            this.staffFromHire.offerAfterHire(saved, message).subscribe((member) => this.staffCreated(member));
          } else {
            this.notify(message);
          }
        },
        error: (error: unknown) => this.problems.handle(error),
      });
  }

  protected schedule(app: Application): void {
    this.dialog
      .open<ScheduleInterviewDialog, ScheduleInterviewData, Interview>(ScheduleInterviewDialog, {
        data: { applicationId: app.id, candidateName: app.candidateName },
        injector: this.injector,
        width: '560px',
      })
      .afterClosed()
      .pipe(
        filter((interview): interview is Interview => !!interview),
        tap(() => this.notify(`Interview scheduled with ${app.candidateName}`)),
      )
      .subscribe(() => this.reload());
  }

  protected changedBy(id: string | null): string {
    return id ? this.people.nameOf(id) : '';
  }

  private load(id: string): void {
    this.createdStaff.set(null);
    this.checkStaff(null);
    this.application.load(
      this.applicationsApi.get(id).pipe(
        tap((app) => {
          this.candidate.load(this.candidatesApi.get(app.candidateId));
          this.opening.load(this.openingsApi.get(app.openingId));
          this.otherApplications.load(this.otherApplicationsOf(app));
          this.checkStaff(app);
        }),
      ),
    );
    this.interviews.load(this.interviewsApi.list({ applicationId: id }));
  }

  /** Asks whether a hired application still needs its staff record; `null` forgets the last answer. */
  private checkStaff(app: Application | null): void {
    this.staffCheck?.unsubscribe();
    this.hireStaff.set({ kind: 'none' });
    if (app) this.staffCheck = this.staffFromHire.stateOf(app).subscribe((state) => this.hireStaff.set(state));
  }

  private staffCreated(member: StaffMember): void {
    this.checkStaff(null);
    this.hireStaff.set({ kind: 'created' });
    this.createdStaff.set(member);
  }

  /** The candidate's other applications with their openings' titles (a candidate applies to a few, not hundreds). */
  private otherApplicationsOf(app: Application): Observable<OtherApplication[]> {
    return this.applicationsApi.list({ candidateId: app.candidateId }).pipe(
      map((page) => page.items.filter((a) => a.id !== app.id).sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
      switchMap((others) => {
        const openingIds = [...new Set(others.map((a) => a.openingId))];
        if (!openingIds.length) return of([]);
        return forkJoin(openingIds.map((openingId) => this.openingsApi.get(openingId))).pipe(
          map((openings) => {
            const titles = new Map(openings.map((o) => [o.id, o.title]));
            return others.map((a) => ({
              id: a.id,
              openingTitle: titles.get(a.openingId) ?? 'Opening',
              stage: a.stage,
              daysInStage: a.daysInStage,
            }));
          }),
        );
      }),
    );
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}
