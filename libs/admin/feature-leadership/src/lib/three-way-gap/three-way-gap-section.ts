import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { LatestLoadable, ThreeWayGapApi } from '@rapport/admin/data-access';
import { Chart, PageState } from '@rapport/admin/ui';
import type { ThreeWayGap } from '@rapport/shared/contracts';
import { hasThreeWayBars, threeWayGapOptions } from './three-way-gap-charts';
import { patientLabel, patientSourceText, selfLabel, staffLabel } from './three-way-gap-labels';

/**
 * The leader's three-way gap: per competency, how they rate themself, how their staff rate them
 * (upward, anonymous) and what patients say in post-visit surveys, side by side.
 */
@Component({
  selector: 'rp-three-way-gap',
  imports: [MatIconModule, Chart, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './three-way-gap-section.scss',
  templateUrl: './three-way-gap-section.html',
})
export class ThreeWayGapSection {
  /** The leader's user id. */
  readonly userId = input.required<string>();
  /** The signed-in leader's own page: sentences say "you". */
  readonly isMe = input(false);

  private readonly api = inject(ThreeWayGapApi);
  protected readonly gap = new LatestLoadable<ThreeWayGap>();
  protected readonly self = selfLabel;
  protected readonly staff = staffLabel;
  protected readonly patient = patientLabel;

  protected readonly chart = computed(() => {
    const rows = this.gap.value()?.rows ?? [];
    return hasThreeWayBars(rows) ? threeWayGapOptions(rows) : null;
  });
  protected readonly source = computed(() => {
    const gap = this.gap.value();
    return gap ? patientSourceText(gap, this.isMe()) : '';
  });

  constructor() {
    effect(() => {
      const userId = this.userId();
      untracked(() => userId && this.load());
    });
  }

  protected load(): void {
    this.gap.load(this.api.get(this.userId()));
  }
}
