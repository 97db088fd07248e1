import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

/**
 * SVG path data for a series: one `M…L…` run per stretch of consecutive values, so a missing period is
 * a gap in the line rather than a drop to zero. `null` when nothing is drawable.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  min: number,
  max: number,
  width = WIDTH,
  height = HEIGHT,
): { d: string; last: { x: number; y: number } | null } | null {
  const span = max - min || 1;
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  const point = (v: number, i: number) => ({
    x: +(PAD + i * step).toFixed(1),
    y: +(height - PAD - ((Math.min(max, Math.max(min, v)) - min) / span) * (height - 2 * PAD)).toFixed(1),
  });
  let d = '';
  let drawing = false;
  let last: { x: number; y: number } | null = null;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    const p = point(v, i);
    d += `${drawing ? 'L' : 'M'}${p.x} ${p.y} `;
    drawing = true;
    last = p;
  });
  return last ? { d: d.trim(), last } : null;
}

/** A tiny trend line for table rows (no chart library: a table of 25 people draws 25 of these). */
@Component({
  selector: 'rp-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: inline-block;
      line-height: 0;
      color: var(--mat-sys-primary);
    }
    .empty {
      line-height: normal;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
  `,
  template: `
    @if (path(); as p) {
      <svg [attr.width]="width" [attr.height]="height" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img"
        [attr.aria-label]="summary()">
        <path [attr.d]="p.d" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round" />
        @if (p.last; as last) {
          <circle [attr.cx]="last.x" [attr.cy]="last.y" r="2.5" fill="currentColor" />
        }
      </svg>
    } @else {
      <span class="empty">No trend yet</span>
    }
  `,
})
export class Sparkline {
  readonly values = input.required<readonly (number | null)[]>();
  /** What the line shows, for screen readers, e.g. "Culture score, last 12 months". */
  readonly label = input('Trend');
  readonly min = input(0);
  readonly max = input(100);

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly path = computed(() => sparklinePath(this.values(), this.min(), this.max()));
  protected readonly summary = computed(() => {
    const shown = this.values().filter((v): v is number => v !== null);
    if (!shown.length) return `${this.label()}: no data`;
    const first = Math.round(shown[0]);
    const last = Math.round(shown[shown.length - 1]);
    return `${this.label()}: from ${first} to ${last}`;
  });
}
