import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { LatestLoadable, LocationsApi, ReviewsApi } from '@rapport/admin/data-access';
import { Chart, PageState } from '@rapport/admin/ui';
import { type Location, REVIEW_THEME_LABELS, REVIEW_THEMES, type ReviewSummary } from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { formatPeriod } from '../../shared/labels';
import { lastMonths, ratingLabel } from '../patient-labels';
import { reviewVolumeOptions, themeTable, themeTrendOptions } from './review-charts';
import { ReviewList } from './review-list';

/**
 * Online reviews per location over time, what they are about (themes tagged by transparent keyword
 * rules) and the reviews themselves.
 */
@Component({
  selector: 'rp-online-reviews-page',
  imports: [MatButtonToggleModule, MatFormFieldModule, MatSelectModule, Chart, PageState, ReviewList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss', '../patient-page.scss', './online-reviews.page.scss'],
  templateUrl: './online-reviews.page.html',
})
export class OnlineReviewsPage {
  private readonly api = inject(ReviewsApi);
  private readonly locationsApi = inject(LocationsApi);

  protected readonly summary = new LatestLoadable<ReviewSummary>();
  protected readonly locations = new LatestLoadable<Location[]>();
  protected readonly period = signal<'month' | 'quarter'>('month');
  /** `''`: every location. */
  protected readonly locationId = signal('');
  protected readonly themes = REVIEW_THEMES;
  protected readonly themeLabels = REVIEW_THEME_LABELS;
  protected readonly formatPeriod = formatPeriod;
  protected readonly rating = ratingLabel;

  protected readonly locationNames = computed(() => Object.fromEntries((this.locations.value() ?? []).map((l) => [l.id, l.name])));
  protected readonly hasReviews = computed(() => (this.summary.value()?.points ?? []).some((p) => p.count > 0));
  protected readonly rows = computed(() => {
    const summary = this.summary.value();
    return summary ? themeTable(summary) : [];
  });
  protected readonly volumeChart = computed(() => {
    const summary = this.summary.value();
    return summary && this.hasReviews() ? reviewVolumeOptions(summary) : null;
  });
  protected readonly themeChart = computed(() => {
    const summary = this.summary.value();
    return summary && this.hasReviews() ? themeTrendOptions(summary) : null;
  });
  /** The volume chart's numbers: one row per location, one column per period. */
  protected readonly volumeTable = computed(() => {
    const summary = this.summary.value();
    if (!summary) return [];
    const points = new Map(summary.points.map((p) => [`${p.locationId}|${p.period}`, p]));
    return summary.locations.map((location) => ({
      location,
      points: summary.periods.map((period) => points.get(`${location.id}|${period}`) ?? null),
    }));
  });

  constructor() {
    this.locations.load(this.locationsApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name)))));
    this.load();
  }

  protected load(): void {
    this.summary.load(this.api.summary({ ...lastMonths(12), period: this.period(), locationId: this.locationId() }));
  }

  protected setPeriod(period: 'month' | 'quarter'): void {
    this.period.set(period);
    this.load();
  }

  protected setLocation(locationId: string): void {
    this.locationId.set(locationId);
    this.load();
  }
}
