import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  type Provider,
  signal,
} from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore, type ThemeOption } from 'ngx-echarts';

/** Series colours that read on both the light and the dark theme (canvas cannot use CSS tokens). */
export const CHART_COLORS = ['#c0705a', '#4f9a78', '#5b8dc9', '#c9962c', '#9b6bb0', '#6f8f99'];

/**
 * Route providers for pages with charts: ECharts loads on first use, in its own chunk, so the initial
 * bundle never carries it (ADR 0003's budget).
 */
export function provideCultureCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./echarts-setup') });
}

/** `rgb(r, g, b)` → `rgba(r, g, b, alpha)`; anything else is returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : color;
}

/** Text and axis colours taken from the page's theme at the moment the chart is created. */
export function chartTheme(textColor: string): ThemeOption {
  const axis = {
    axisLabel: { color: textColor },
    axisLine: { lineStyle: { color: withAlpha(textColor, 0.5) } },
    splitLine: { lineStyle: { color: withAlpha(textColor, 0.15) } },
    nameTextStyle: { color: textColor },
  };
  return {
    color: CHART_COLORS,
    textStyle: { color: textColor, fontFamily: 'Roboto, sans-serif' },
    legend: { textStyle: { color: textColor } },
    categoryAxis: axis,
    valueAxis: axis,
    visualMap: { textStyle: { color: textColor } },
  };
}

/**
 * A chart as one image for assistive technology: `label` says what it shows (pages put the numbers in
 * a table next to it as well). The canvas itself is not readable, so it must never carry the only copy.
 */
@Component({
  selector: 'rp-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    .chart {
      width: 100%;
    }
  `,
  template: `
    <div
      class="chart"
      echarts
      role="img"
      [attr.aria-label]="label()"
      [options]="options()"
      [theme]="theme()"
      [autoResize]="true"
      [style.height]="height()"
    ></div>
  `,
})
export class Chart {
  readonly options = input.required<EChartsCoreOption>();
  readonly label = input.required<string>();
  readonly height = input('320px');

  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  /** Canvas colours cannot follow CSS tokens: re-read them when the theme changes (a new theme redraws the chart). */
  protected readonly theme = signal<ThemeOption>(chartTheme('#555'));

  constructor() {
    const refresh = () => this.theme.set(chartTheme(getComputedStyle(this.host).color || '#555'));
    // Styles are only computed once the element is in the page.
    afterNextRender(refresh);
    // The top bar's toggle pins the theme with a class on <html>; otherwise the OS preference decides.
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', refresh);
    inject(DestroyRef).onDestroy(() => {
      observer.disconnect();
      media?.removeEventListener('change', refresh);
    });
  }
}
