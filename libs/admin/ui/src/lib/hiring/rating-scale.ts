import { ChangeDetectionStrategy, Component, computed, input, model, ViewEncapsulation } from '@angular/core';
import { MatRadioModule } from '@angular/material/radio';
import type { Anchors } from '@rapport/shared/contracts';
import { betweenAnchors } from './hiring-labels';

const NOT_ASKED = 'not-asked';

/**
 * The 1–5 behaviorally anchored scale: each point beside what an answer at that point looks like
 * (the kit's anchors for 1, 3 and 5; 2 and 4 lie between), plus "Not asked" (`null`). A Material
 * radio group, so arrow keys move between points; each whole row is the touch target (≥ 56 px),
 * for a tablet in the interview room. `value` is `undefined` until the interviewer chooses.
 */
@Component({
  selector: 'rp-rating-scale',
  imports: [MatRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The rows restyle Material's radio internals (its label becomes the full-width target).
  encapsulation: ViewEncapsulation.None,
  styles: `
    .rp-rating-scale {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .rp-rating-scale .rp-scale-point {
      display: block;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    .rp-rating-scale .rp-scale-point .mdc-form-field {
      display: flex;
      width: 100%;
      min-height: 56px;
      align-items: center;
    }
    .rp-rating-scale .rp-scale-point label {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 12px;
      min-height: 56px;
      padding: 8px 12px 8px 0;
      cursor: pointer;
      font: var(--mat-sys-body-large);
    }
    .rp-rating-scale .rp-scale-point.mat-mdc-radio-checked {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .rp-rating-scale .rp-scale-number {
      flex: none;
      width: 2ch;
      font: var(--mat-sys-title-large);
      text-align: center;
    }
    .rp-rating-scale .rp-scale-between {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .rp-rating-scale .mat-mdc-radio-checked .rp-scale-between {
      color: inherit;
    }
    .rp-rating-scale .rp-scale-point.rp-not-asked {
      border-style: dashed;
    }
  `,
  template: `
    <mat-radio-group
      class="rp-rating-scale"
      [attr.aria-labelledby]="labelledBy()"
      [name]="name()"
      [value]="groupValue()"
      [disabled]="disabled()"
      (change)="choose($event.value)"
    >
      @for (point of points(); track point.value) {
        <mat-radio-button class="rp-scale-point" [value]="point.value">
          <span class="rp-scale-number">{{ point.value }}</span>&ngsp;<span [class.rp-scale-between]="!point.anchored">{{
            point.text
          }}</span>
        </mat-radio-button>
      }
      @if (allowNotAsked()) {
        <mat-radio-button class="rp-scale-point rp-not-asked" [value]="notAsked">
          <span class="rp-scale-number" aria-hidden="true">–</span>&ngsp;<span>Not asked</span>
        </mat-radio-button>
      }
    </mat-radio-group>
  `,
})
export class RatingScale {
  readonly anchors = input.required<Anchors>();
  /** 1–5, `null` for "not asked", `undefined` for not rated yet. */
  readonly value = model<number | null | undefined>(undefined);
  /** Radio group name: unique per question on the page. */
  readonly name = input.required<string>();
  /** Id of the element that names the group (the question's prompt). */
  readonly labelledBy = input<string | null>(null);
  readonly disabled = input(false);
  readonly allowNotAsked = input(true);

  protected readonly notAsked = NOT_ASKED;
  protected readonly points = computed(() => {
    const anchors = this.anchors();
    return [1, 2, 3, 4, 5].map((value) => {
      const anchor = value === 1 || value === 3 || value === 5 ? anchors[String(value) as keyof Anchors] : null;
      return { value, anchored: anchor !== null, text: anchor ?? betweenAnchors(value) };
    });
  });
  protected readonly groupValue = computed(() => {
    const value = this.value();
    return value === null ? NOT_ASKED : value;
  });

  protected choose(value: number | typeof NOT_ASKED): void {
    this.value.set(value === NOT_ASKED ? null : value);
  }
}
