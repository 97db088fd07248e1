import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { InterviewsApi, loadable } from '@rapport/admin/data-access';
import { betweenAnchors, PageState, RecommendationChip } from '@rapport/admin/ui';
import type { Interview, KitQuestion, Scorecard } from '@rapport/shared/contracts';

/**
 * The submitted scorecards of one interview, each with its ratings and evidence. A panel member who
 * has not submitted gets the API's 403 ("submit yours first"), shown as the explanation it is.
 */
@Component({
  selector: 'rp-interview-scorecards',
  imports: [MatExpansionModule, MatIconModule, PageState, RecommendationChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .hidden {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .hidden p {
      margin: 0;
    }
    mat-panel-title {
      gap: 12px;
    }
    ol {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin-bottom: 10px;
    }
    .prompt {
      font: var(--mat-sys-title-small);
    }
    .rating {
      font: var(--mat-sys-body-medium);
    }
    .evidence {
      margin: 2px 0 0;
      white-space: pre-wrap;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    @if (cards.forbidden()) {
      <div class="hidden">
        <mat-icon aria-hidden="true">visibility_off</mat-icon>
        <p>{{ cards.errorMessage() }}</p>
      </div>
    } @else {
      <rp-page-state
        [status]="cards.status()"
        [empty]="submitted().length === 0"
        emptyIcon="hourglass_empty"
        emptyMessage="No scorecard submitted yet."
        [errorMessage]="cards.errorMessage()"
        (retry)="load()"
      >
        <mat-accordion multi>
          @for (card of submitted(); track card.id) {
            <mat-expansion-panel>
              <mat-expansion-panel-header>
                <mat-panel-title>
                  {{ card.interviewerName }}
                  <rp-recommendation-chip [recommendation]="card.recommendation" />
                </mat-panel-title>
                @if (card.amendedAt) {
                  <mat-panel-description>Amended</mat-panel-description>
                }
              </mat-expansion-panel-header>
              <ol>
                @for (q of interview().questions; track q.id) {
                  <li>
                    <div class="prompt">{{ q.prompt }}</div>
                    <div class="rating">{{ ratingText(card, q) }}</div>
                    @if (evidenceOf(card, q.id)) {
                      <p class="evidence">{{ evidenceOf(card, q.id) }}</p>
                    }
                  </li>
                }
              </ol>
            </mat-expansion-panel>
          }
        </mat-accordion>
      </rp-page-state>
    }
  `,
})
export class InterviewScorecards implements OnInit {
  private readonly api = inject(InterviewsApi);

  readonly interview = input.required<Interview>();

  protected readonly cards = loadable<Scorecard[]>();
  protected readonly submitted = computed(() => (this.cards.value() ?? []).filter((c) => c.status === 'submitted'));

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.cards.load(this.api.scorecards(this.interview().id));
  }

  protected ratingText(card: Scorecard, q: KitQuestion): string {
    const rating = card.ratings.find((r) => r.questionId === q.id)?.rating;
    if (rating === undefined) return 'Not rated';
    if (rating === null) return 'Not asked';
    const anchor = rating === 1 || rating === 3 || rating === 5 ? q.anchors[String(rating) as '1' | '3' | '5'] : betweenAnchors(rating);
    return `${rating} of 5 · ${anchor}`;
  }

  protected evidenceOf(card: Scorecard, questionId: string): string {
    return card.ratings.find((r) => r.questionId === questionId)?.evidence ?? '';
  }
}
