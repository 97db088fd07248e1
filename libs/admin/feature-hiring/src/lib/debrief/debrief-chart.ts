import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { CompetencyAggregate } from '@rapport/shared/contracts';
import { NgxEchartsDirective } from 'ngx-echarts';
import { type ChartColors, debriefChartOption, debriefChartSummary, type Rater } from './debrief-chart-option';

/** Each interviewer's score per competency with the panel's spread (ECharts, SVG). */
@Component({
  selector: 'rp-debrief-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
  `,
  template: `
    <div
      class="chart"
      echarts
      [options]="options()"
      [initOpts]="{ renderer: 'svg' }"
      [style.height.px]="height()"
      role="img"
      [attr.aria-label]="summary()"
    ></div>
  `,
})
export class DebriefChart {
  private readonly document = inject(DOCUMENT);

  readonly competencies = input.required<CompetencyAggregate[]>();
  readonly raters = input.required<Rater[]>();

  private readonly colors = this.themeColors();
  protected readonly options = computed(() => debriefChartOption(this.competencies(), this.raters(), this.colors));
  protected readonly summary = computed(() => debriefChartSummary(this.competencies(), this.raters()));
  protected readonly height = computed(() => 90 + this.competencies().length * 64);

  /**
   * ECharts needs concrete colors; the theme's tokens are `light-dark()` pairs, so each is resolved by
   * letting the browser compute it on a probe element (following the light or dark mode in force).
   */
  private themeColors(): ChartColors {
    const probe = this.document.createElement('span');
    this.document.body.appendChild(probe);
    const resolve = (token: string, fallback: string) => {
      probe.style.color = `var(${token}, ${fallback})`;
      return getComputedStyle(probe).color || fallback;
    };
    const colors: ChartColors = {
      text: resolve('--mat-sys-on-surface', '#1f1b18'),
      muted: resolve('--mat-sys-on-surface-variant', '#52443d'),
      grid: resolve('--mat-sys-outline-variant', '#d7c2b9'),
      range: resolve('--mat-sys-outline', '#85736b'),
      disagreement: resolve('--mat-sys-error', '#ba1a1a'),
      mean: resolve('--mat-sys-on-surface', '#1f1b18'),
      series: [
        resolve('--mat-sys-primary', '#8f4c36'),
        resolve('--mat-sys-tertiary', '#3f6654'),
        resolve('--mat-sys-secondary', '#77574c'),
        '#4a6fa5',
        '#9c6bb3',
      ],
    };
    probe.remove();
    return colors;
  }
}
