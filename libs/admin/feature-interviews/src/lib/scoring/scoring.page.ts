import { DatePipe, DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  HostListener,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  CompetenciesStore,
  firstQuestionWithIssue,
  hasIssues,
  ScorecardDraftStore,
} from '@rapport/admin/data-access';
import {
  betweenAnchors,
  openReasonDialog,
  PageState,
  ProblemHandler,
  QuestionBrief,
  RatingScale,
  RECOMMENDATION_LABELS,
  RecommendationChip,
} from '@rapport/admin/ui';
import { type KitQuestion, RECOMMENDATIONS, type Recommendation } from '@rapport/shared/contracts';
import { filter, switchMap } from 'rxjs';
import { PanelScorecards } from './panel-scorecards';
import { SaveStatus } from './save-status';

/**
 * The scoring screen, tablet first: one card per question with its anchors beside the 1–5 scale and
 * an evidence box, then the overall recommendation. Drafts autosave; submit locks the scorecard and
 * reveals the panel's; a locked scorecard changes only through an amendment with a reason.
 */
@Component({
  selector: 'rp-scoring-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    RouterLink,
    PageState,
    QuestionBrief,
    RatingScale,
    RecommendationChip,
    PanelScorecards,
    SaveStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The draft lives exactly as long as the page; leaving it saves what is unsaved.
  providers: [ScorecardDraftStore, CompetenciesStore],
  styleUrl: './scoring.page.scss',
  templateUrl: './scoring.page.html',
})
export class ScoringPage {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly problems = inject(ProblemHandler);
  private readonly document = inject(DOCUMENT);
  private readonly competencies = inject(CompetenciesStore);

  /** From the route (`/interviews/:interviewId`). */
  readonly interviewId = input.required<string>();

  protected readonly store = inject(ScorecardDraftStore);
  protected readonly recommendations = [...RECOMMENDATIONS].reverse();
  protected readonly recommendationLabels = RECOMMENDATION_LABELS;
  protected readonly competencyNames = computed(() => new Map(this.competencies.items().map((c) => [c.id, c.name])));
  protected readonly issueList = computed(() => {
    const issues = this.store.issues();
    const questions = this.store
      .questions()
      .map((q, index) => ({ id: q.id, index, message: issues.questions[q.id] }))
      .filter((q) => q.message);
    return { general: issues.general, questions, recommendation: issues.recommendation, any: hasIssues(issues) };
  });

  constructor() {
    effect(() => {
      const id = this.interviewId();
      untracked(() => this.store.load(id));
    });
    this.competencies.load();
  }

  /** Closing the tab with an unsaved draft or amendment asks first (the browser shows its own prompt). */
  @HostListener('window:beforeunload', ['$event'])
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.hasUnsavedChanges()) event.preventDefault();
  }

  protected competencyName(question: KitQuestion): string {
    return this.competencyNames().get(question.competencyId) ?? '';
  }

  protected onEvidence(questionId: string, event: Event): void {
    this.store.setEvidence(questionId, (event.target as HTMLTextAreaElement).value);
  }

  protected pointText(question: KitQuestion, rating: number | null | undefined): string {
    if (rating === undefined) return 'Not rated';
    if (rating === null) return 'Not asked';
    const anchor = rating === 1 || rating === 3 || rating === 5 ? question.anchors[String(rating) as '1' | '3' | '5'] : null;
    return anchor ?? betweenAnchors(rating);
  }

  protected submit(): void {
    this.store.submit().subscribe({
      next: () => {
        this.snackBar.open('Scorecard submitted. The panel’s scorecards are now visible to you.', undefined, { duration: 5000 });
        this.scrollTo('scorecard-top', 'scorecard-top');
      },
      error: (error: unknown) => this.afterFailure(error),
    });
  }

  protected startAmend(): void {
    this.store.startAmend();
  }

  protected saveAmendment(): void {
    openReasonDialog(this.dialog, {
      title: 'Save the amendment?',
      message: 'Your original scorecard stays in the audit trail next to the amended one, with this reason.',
      label: 'Reason for amending',
      confirmLabel: 'Save amendment',
    })
      .pipe(
        filter((reason): reason is string => reason !== null),
        switchMap((reason) => this.store.amend(reason)),
      )
      .subscribe({
        next: () => this.snackBar.open('Amendment saved', undefined, { duration: 4000 }),
        error: (error: unknown) => this.afterFailure(error),
      });
  }

  protected setRecommendation(value: Recommendation): void {
    this.store.setRecommendation(value);
  }

  /** Takes the interviewer to what is missing: the first question named, else the recommendation. */
  protected goToQuestion(questionId: string): void {
    this.scrollTo(`question-${questionId}`, `evidence-${questionId}`);
  }

  protected goToRecommendation(): void {
    this.scrollTo('recommendation', 'recommendation-heading');
  }

  private afterFailure(error: unknown): void {
    const issues = this.store.issues();
    if (!hasIssues(issues)) {
      this.problems.handle(error);
      return;
    }
    const first = firstQuestionWithIssue(issues, this.store.questions().map((q) => q.id));
    if (first) this.goToQuestion(first);
    else if (issues.recommendation) this.goToRecommendation();
    else this.scrollTo('issues', 'issues');
  }

  private scrollTo(blockId: string, focusId: string): void {
    this.document.getElementById(blockId)?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    this.document.getElementById(focusId)?.focus({ preventScroll: true });
  }
}
