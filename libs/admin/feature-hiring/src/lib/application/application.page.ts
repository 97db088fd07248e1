import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, untracked } from '@angular/core';
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
import type { Application, ApplicationStage, Candidate, Interview, Opening, Page } from '@rapport/shared/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { ScheduleInterviewDialog, type ScheduleInterviewData } from '../shared/schedule-interview-dialog';
import { askStageMove } from '../shared/stage-move';
import { CandidateErasure } from './candidate-erasure';
import { InterviewScorecards } from './interview-scorecards';

const PANEL_STATUS: Record<string, string> = { not_started: 'Not started', draft: 'Drafting', submitted: 'Submitted' };

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

  /** From the route (`/hiring/applications/:applicationId`). */
  readonly applicationId = input.required<string>();

  protected readonly people = inject(HiringPeopleStore);
  protected readonly application = loadable<Application>();
  protected readonly candidate = loadable<Candidate>();
  protected readonly opening = loadable<Opening>();
  protected readonly interviews = loadable<Page<Interview>>();
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
  }

  protected reload(): void {
    this.load(this.applicationId());
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
          this.notify(`${saved.candidateName} moved to ${STAGE_LABELS[saved.stage]}`);
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
    this.application.load(
      this.applicationsApi.get(id).pipe(
        tap((app) => {
          this.candidate.load(this.candidatesApi.get(app.candidateId));
          this.opening.load(this.openingsApi.get(app.openingId));
        }),
      ),
    );
    this.interviews.load(this.interviewsApi.list({ applicationId: id }));
  }

  private notify(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}
