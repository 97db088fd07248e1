import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CursorList, ReviewsApi } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import { type OnlineReview, REVIEW_THEME_LABELS, REVIEW_THEMES, type ReviewTheme } from '@rapport/shared/contracts';
import { formatDay } from '../../shared/labels';
import { ratingLabel } from '../patient-labels';

/** Reviews per request; "Load more" asks for the next page. */
export const REVIEW_PAGE_SIZE = 20;

/** The reviews themselves, newest first, filtered by theme (and the page's location), a page at a time. */
@Component({
  selector: 'rp-review-list',
  imports: [MatButtonModule, MatChipsModule, MatIconModule, MatProgressBarModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../patient-page.scss'],
  styles: `
    :host {
      display: block;
    }
    mat-chip-listbox {
      display: block;
      margin: 8px 0 12px;
    }
    ol,
    .themes {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    ol > li {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .rating {
      font-weight: 600;
      color: var(--mat-sys-on-surface);
    }
    .text {
      margin: 4px 0 6px;
      white-space: pre-line;
    }
    .themes {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .more {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      margin-top: 12px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
  template: `
    <mat-chip-listbox aria-label="Filter reviews by theme" [value]="theme() ?? ''" (change)="setTheme($event)">
      <mat-chip-option value="">All themes</mat-chip-option>
      @for (t of themes; track t) {
        <mat-chip-option [value]="t">{{ themeLabels[t] }}</mat-chip-option>
      }
    </mat-chip-listbox>
    <rp-page-state
      [status]="reviews.status()"
      [empty]="reviews.isEmpty()"
      emptyIcon="reviews"
      [emptyMessage]="theme() ? 'No reviews tagged ' + themeLabels[theme()!] + ' here.' : 'No online reviews yet: import a reviews file.'"
      [errorMessage]="reviews.errorMessage()"
      (retry)="reviews.reload()"
    >
      <ol aria-label="Online reviews">
        @for (r of reviews.items(); track r.id) {
          <li data-testid="review">
            <div class="meta">
              <span class="rating"><span class="cdk-visually-hidden">Rating </span>{{ rating(r.rating) }}</span>
              <span>{{ day(r.reviewedOn) }}</span>
              <span>{{ locationNames()[r.locationId] ?? 'Unknown location' }}</span>
              <span>{{ r.source }}</span>
            </div>
            <p class="text">{{ r.text }}</p>
            <ul class="themes" aria-label="Themes">
              @for (t of r.themes; track t) {
                <li class="theme-chip">{{ themeLabels[t] }}</li>
              } @empty {
                <li class="theme-chip untagged">No theme</li>
              }
            </ul>
          </li>
        }
      </ol>
      <div class="more">
        @if (reviews.loadingMore()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading more reviews" />
        }
        @if (reviews.moreErrorMessage()) {
          <p class="error" role="alert">Could not load more reviews: {{ reviews.moreErrorMessage() }}</p>
        }
        @if (reviews.hasMore()) {
          <button mat-stroked-button type="button" (click)="reviews.more()" [disabled]="reviews.loadingMore()">Load more reviews</button>
        }
      </div>
    </rp-page-state>
  `,
})
export class ReviewList {
  /** `''` for every location. */
  readonly locationId = input('');
  readonly locationNames = input<Partial<Record<string, string>>>({});

  private readonly api = inject(ReviewsApi);
  protected readonly reviews = new CursorList<OnlineReview>();
  protected readonly theme = signal<ReviewTheme | null>(null);
  protected readonly themes = REVIEW_THEMES;
  protected readonly themeLabels = REVIEW_THEME_LABELS;
  protected readonly rating = ratingLabel;
  protected readonly day = formatDay;

  constructor() {
    effect(() => {
      const locationId = this.locationId();
      const theme = this.theme();
      untracked(() =>
        this.reviews.load((cursor) => this.api.list({ locationId, theme: theme ?? undefined, cursor, limit: REVIEW_PAGE_SIZE })),
      );
    });
  }

  protected setTheme(change: MatChipListboxChange): void {
    const value = change.value as ReviewTheme | '' | undefined;
    this.theme.set(value || null);
    // Deselecting the chosen chip means "all themes": show that chip as chosen again.
    if (!value) change.source.value = '';
  }
}
