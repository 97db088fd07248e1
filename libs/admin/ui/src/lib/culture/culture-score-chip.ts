import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';

export type CultureScoreBand = 'high' | 'mid' | 'low' | 'none';

/** Bands of the 0–100 culture score, for colour only: the number is always shown too. */
export function cultureScoreBand(score: number | null): CultureScoreBand {
  if (score === null) return 'none';
  if (score >= 75) return 'high';
  if (score >= 60) return 'mid';
  return 'low';
}

/**
 * A culture score (0–100) as a chip. A score resting on fewer inputs than designed (`insufficient`) says
 * so, and a missing score reads "No data" rather than 0.
 */
@Component({
  selector: 'rp-culture-score-chip',
  imports: [MatIconModule, MatTooltipModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      min-width: 2.5em;
      justify-content: center;
      padding: 2px 10px;
      border-radius: 999px;
      font-variant-numeric: tabular-nums;
      font-weight: 500;
      white-space: nowrap;
    }
    .high {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .mid {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .low {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .none {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      font-weight: 400;
    }
    mat-icon {
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
  `,
  template: `
    <span class="chip" [class]="band()" [matTooltip]="tooltip()">
      @if (score() === null) {
        No data
      } @else {
        {{ rounded() }}
        @if (insufficient()) {
          <mat-icon aria-hidden="true">info_outline</mat-icon>
          <span class="cdk-visually-hidden">(partial data)</span>
        }
      }
    </span>
  `,
})
export class CultureScoreChip {
  readonly score = input.required<number | null>();
  /** The score rests on fewer inputs than the blend was designed for. */
  readonly insufficient = input(false);

  protected readonly band = computed(() => `chip ${cultureScoreBand(this.score())}`);
  protected readonly rounded = computed(() => Math.round(this.score() ?? 0));
  protected readonly tooltip = computed(() => {
    if (this.score() === null) return 'Not enough data for a score in this period';
    return this.insufficient() ? 'Partial data: some inputs (reviews, observations or metrics) are missing' : '';
  });
}
