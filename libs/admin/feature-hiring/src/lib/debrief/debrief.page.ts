import { DatePipe, DecimalPipe, LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  ApplicationsApi,
  AuthStore,
  InterviewsApi,
  isFinalStage,
  loadable,
  OpeningsApi,
} from '@rapport/admin/data-access';
import {
  DECISION_LABELS,
  explainAgreement,
  PageState,
  RECOMMENDATION_LABELS,
  RecommendationChip,
  ScoreChip,
  STAGE_LABELS,
} from '@rapport/admin/ui';
import type { Application, Debrief, Interview, Opening, Page } from '@rapport/shared/contracts';
import { tap } from 'rxjs';
import { DebriefChart } from './debrief-chart';
import { StaffFromHire } from '../shared/staff-from-hire';
import { DecisionForm } from './decision-form';

/**
 * The debrief of an application: each interviewer's score per competency and the spread, where the
 * panel disagrees, how far it agrees overall (in plain words), the computed recommendation next to
 * each interviewer's, and the hiring manager's decision.
 */
@Component({
  selector: 'rp-debrief-page',
  imports: [
    DatePipe,
    DecimalPipe,
    LowerCasePipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    PageState,
    ScoreChip,
    RecommendationChip,
    DebriefChart,
    DecisionForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../hiring-page.scss', './debrief.page.scss'],
  templateUrl: './debrief.page.html',
})
export class DebriefPage {
  private readonly applicationsApi = inject(ApplicationsApi);
  private readonly interviewsApi = inject(InterviewsApi);
  private readonly openingsApi = inject(OpeningsApi);
  private readonly auth = inject(AuthStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly staffFromHire = inject(StaffFromHire);

  /** From the route (`/hiring/applications/:applicationId/debrief`). */
  readonly applicationId = input.required<string>();

  protected readonly application = loadable<Application>();
  protected readonly debrief = loadable<Debrief>();
  protected readonly interviews = loadable<Page<Interview>>();
  protected readonly opening = loadable<Opening>();
  protected readonly decisionLabels = DECISION_LABELS;
  protected readonly recommendationLabels = RECOMMENDATION_LABELS;
  protected readonly stageLabels = STAGE_LABELS;

  /** Everyone on the application's panels, named, in the order they were put on them. */
  protected readonly raters = computed(() => {
    const byId = new Map<string, string>();
    for (const member of (this.interviews.value()?.items ?? []).flatMap((i) => i.panel)) byId.set(member.interviewerId, member.name);
    return [...byId].map(([id, name]) => ({ id, name }));
  });
  /** Only those who submitted appear in the numbers. */
  protected readonly scoredRaters = computed(() => {
    const scored = new Set((this.debrief.value()?.competencies ?? []).flatMap((c) => c.byInterviewer.map((s) => s.interviewerId)));
    return this.raters().filter((r) => scored.has(r.id));
  });
  protected readonly agreement = computed(() => {
    const d = this.debrief.value();
    return d ? explainAgreement(d.agreement) : null;
  });
  protected readonly flagged = computed(() => (this.debrief.value()?.competencies ?? []).filter((c) => c.disagreement));
  /** The opening's hiring manager records the decision; owners and admins may too (as the API allows). */
  protected readonly canDecide = computed(() => {
    const me = this.auth.user();
    const opening = this.opening.value();
    if (!me) return false;
    return me.roles.includes('owner') || me.roles.includes('admin') || opening?.hiringManagerId === me.id;
  });
  protected readonly final = computed(() => {
    const app = this.application.value();
    return !!app && isFinalStage(app.stage);
  });

  constructor() {
    effect(() => {
      const id = this.applicationId();
      untracked(() => this.load(id));
    });
  }

  protected load(id = this.applicationId()): void {
    this.application.load(
      this.applicationsApi.get(id).pipe(tap((app) => this.opening.load(this.openingsApi.get(app.openingId)))),
    );
    this.debrief.load(this.applicationsApi.debrief(id));
    this.interviews.load(this.interviewsApi.list({ applicationId: id }));
  }

  protected nameOf(id: string): string {
    return this.raters().find((r) => r.id === id)?.name ?? 'Interviewer';
  }

  protected scoreOf(scores: { interviewerId: string; score: number }[], id: string): number | null {
    return scores.find((s) => s.interviewerId === id)?.score ?? null;
  }

  protected decided(app: Application): void {
    this.application.set(app);
    const message = `Decision recorded: ${DECISION_LABELS[app.decision?.decision ?? 'advance']}`;
    // Hiring moves the application to hired: the snackbar offers to create the staff member (issue 5).
    if (app.stage === 'hired') this.staffFromHire.offerAfterHire(app, message).subscribe();
    else this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
