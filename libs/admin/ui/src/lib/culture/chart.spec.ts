import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { Chart, chartTheme, withAlpha } from './chart';

describe('chart theme', () => {
  it('fades the text colour for axis lines and grid', () => {
    expect(withAlpha('rgb(10, 20, 30)', 0.5)).toBe('rgba(10, 20, 30, 0.5)');
    expect(withAlpha('#123456', 0.5)).toBe('#123456');
  });

  it('uses the page text colour for labels so charts follow light and dark themes', () => {
    const theme = chartTheme('rgb(1, 2, 3)') as { textStyle: { color: string }; valueAxis: { axisLabel: { color: string } } };
    expect(theme.textStyle.color).toBe('rgb(1, 2, 3)');
    expect(theme.valueAxis.axisLabel.color).toBe('rgb(1, 2, 3)');
  });
});

describe('Chart', () => {
  beforeAll(() => {
    // jsdom has no ResizeObserver; the chart directive requires one.
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {
      /* jsdom never resizes anything */
    }
      unobserve(): void {
      /* jsdom never resizes anything */
    }
      disconnect(): void {
      /* jsdom never resizes anything */
    }
    };
  });

  it('is one labelled image for assistive technology', async () => {
    TestBed.configureTestingModule({
      // ECharts never loads here: jsdom has no canvas, and the wrapper is what is under test.
      providers: [{ provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } }],
    });
    const fixture = TestBed.createComponent(Chart);
    fixture.componentRef.setInput('options', { series: [] });
    fixture.componentRef.setInput('label', 'Culture score by location, last 12 months');
    fixture.componentRef.setInput('height', '200px');
    await fixture.whenStable();
    const chart = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[role=img]');
    expect(chart?.getAttribute('aria-label')).toBe('Culture score by location, last 12 months');
    expect(chart?.style.height).toBe('200px');
  });

  it('re-reads its colours when the theme class on <html> changes', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } }],
    });
    const fixture = TestBed.createComponent(Chart);
    fixture.componentRef.setInput('options', { series: [] });
    fixture.componentRef.setInput('label', 'A chart');
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const theme = () => (fixture.componentInstance as unknown as { theme: () => { textStyle: { color: string } } }).theme();

    host.style.color = 'rgb(230, 225, 220)';
    document.documentElement.classList.add('dark-theme');
    await new Promise((resolve) => setTimeout(resolve));
    expect(theme().textStyle.color).toBe('rgb(230, 225, 220)');
    document.documentElement.classList.remove('dark-theme');
    host.remove();
  });
});
