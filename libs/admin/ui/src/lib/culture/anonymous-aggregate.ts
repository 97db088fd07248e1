import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { ANONYMITY_MIN_RATERS, type AnonymousAggregate, type SuppressionReason } from '@rapport/shared/contracts';

/** Why a peer or upward number is not shown, in the words the product uses everywhere. */
export function suppressionMessage(reason: SuppressionReason, minRaters = ANONYMITY_MIN_RATERS): string {
  switch (reason) {
    case 'cycle_open':
      return 'Shown when the cycle closes';
    case 'below_min_raters':
      return `Hidden to protect anonymity: fewer than ${Math.max(minRaters, ANONYMITY_MIN_RATERS)} people rated`;
  }
}

/**
 * A peer or upward result: the mean of enough raters, or the reason it is withheld. A withheld result is
 * an explanatory state, never a blank or a zero, so nobody reads "no data" as "a bad score".
 */
@Component({
  selector: 'rp-anonymous-aggregate',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .mean {
      font-weight: 500;
      font-variant-numeric: tabular-nums;
    }
    .n,
    .suppressed {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
    .suppressed {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
  `,
  template: `
    @let a = aggregate();
    @if (a.suppressed) {
      <span class="suppressed" data-testid="suppressed">
        <mat-icon aria-hidden="true">{{ a.reason === 'cycle_open' ? 'schedule' : 'lock' }}</mat-icon>
        {{ message() }}
      </span>
    } @else {
      <span class="mean">{{ a.mean.toFixed(1) }}</span>{{ ' ' }}<span class="n">({{ a.n }} {{ a.n === 1 ? 'rater' : 'raters' }})</span>
    }
  `,
})
export class AnonymousAggregateView {
  readonly aggregate = input.required<AnonymousAggregate>();

  protected readonly message = computed(() => {
    const a = this.aggregate();
    return a.suppressed ? suppressionMessage(a.reason, a.minRaters) : '';
  });
}
