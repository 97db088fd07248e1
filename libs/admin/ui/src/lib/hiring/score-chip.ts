import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Recommendation } from '@rapport/shared/contracts';
import { RECOMMENDATION_LABELS } from './hiring-labels';

/** A 1–5 score, tinted by band (≤ 2.5 low, ≥ 3.5 high), with a label that reads well aloud. */
@Component({
  selector: 'rp-score-chip',
  imports: [DecimalPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      min-width: 3ch;
      justify-content: center;
      padding: 2px 8px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .high {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .low {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  template: `
    @if (score() === null) {
      <span class="chip" [attr.aria-label]="label() + ': no score'">–</span>
    } @else {
      <span class="chip" [class.high]="band() === 'high'" [class.low]="band() === 'low'" [attr.aria-label]="label() + ' ' + (score() | number: '1.1-1') + ' of 5'">
        {{ score() | number: '1.1-1' }}
      </span>
    }
  `,
})
export class ScoreChip {
  readonly score = input.required<number | null>();
  /** What the score is, for screen readers: "Overall score", "Empathy & warmth"… */
  readonly label = input('Score');
  protected readonly band = computed(() => {
    const score = this.score();
    if (score === null) return null;
    return score <= 2.5 ? 'low' : score >= 3.5 ? 'high' : 'mid';
  });
}

/** A recommendation (computed or an interviewer's), tinted: the noes in error colors, the yeses in tertiary. */
@Component({
  selector: 'rp-recommendation-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
    }
    span {
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .yes {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .no {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  template: `
    <span [class.yes]="positive() === true" [class.no]="positive() === false">{{ text() }}</span>
  `,
})
export class RecommendationChip {
  readonly recommendation = input.required<Recommendation | null>();
  protected readonly text = computed(() => {
    const r = this.recommendation();
    return r ? RECOMMENDATION_LABELS[r] : 'None yet';
  });
  protected readonly positive = computed(() => {
    const r = this.recommendation();
    return r === null ? null : r === 'yes' || r === 'strong_yes';
  });
}
