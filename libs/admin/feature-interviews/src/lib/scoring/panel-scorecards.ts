import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { AuthStore, InterviewsApi, loadable } from '@rapport/admin/data-access';
import { PageState, RecommendationChip } from '@rapport/admin/ui';
import type { KitQuestion, Scorecard } from '@rapport/shared/contracts';

/**
 * The other panel members' submitted scorecards. Before the viewer has submitted their own the API
 * answers 403 with the reason ("submit yours first"): that is independence working, so it is shown
 * as an explanation, not as an error.
 */
@Component({
  selector: 'rp-panel-scorecards',
  imports: [MatIconModule, PageState, RecommendationChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .hidden {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .hidden p {
      margin: 0;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    td.rating {
      text-align: center;
      font: var(--mat-sys-title-medium);
    }
    .muted {
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
        [empty]="others().length === 0"
        emptyIcon="groups"
        emptyMessage="No one else on the panel has submitted yet."
        [errorMessage]="cards.errorMessage()"
        (retry)="load()"
      >
        <div class="table-wrap">
          <table [attr.aria-label]="'Scorecards of the rest of the panel'">
            <thead>
              <tr>
                <th scope="col">Question</th>
                @for (card of others(); track card.id) {
                  <th scope="col">{{ card.interviewerName }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (q of questions(); track q.id; let i = $index) {
                <tr>
                  <th scope="row">{{ i + 1 }}. {{ q.prompt }}</th>
                  @for (card of others(); track card.id) {
                    <td class="rating">{{ ratingOf(card, q.id) }}</td>
                  }
                </tr>
              }
              <tr>
                <th scope="row">Recommendation</th>
                @for (card of others(); track card.id) {
                  <td><rp-recommendation-chip [recommendation]="card.recommendation" /></td>
                }
              </tr>
            </tbody>
          </table>
        </div>
      </rp-page-state>
    }
  `,
})
export class PanelScorecards {
  private readonly api = inject(InterviewsApi);
  private readonly auth = inject(AuthStore);

  readonly interviewId = input.required<string>();
  readonly questions = input.required<KitQuestion[]>();
  /** Changes when the viewer's own scorecard is submitted, to ask again. */
  readonly submitted = input(false);

  protected readonly cards = loadable<Scorecard[]>();
  protected readonly others = computed(() =>
    (this.cards.value() ?? []).filter((c) => c.interviewerId !== this.auth.user()?.id && c.status === 'submitted'),
  );

  constructor() {
    effect(() => {
      this.submitted();
      this.interviewId();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.cards.load(this.api.scorecards(this.interviewId()));
  }

  protected ratingOf(card: Scorecard, questionId: string): string {
    const rating = card.ratings.find((r) => r.questionId === questionId)?.rating;
    return rating === undefined || rating === null ? '–' : String(rating);
  }
}
