import { TestBed } from '@angular/core/testing';
import { Sparkline, sparklinePath } from './sparkline';

describe('sparklinePath', () => {
  it('draws one run through consecutive values, highest value at the top', () => {
    const result = sparklinePath([0, 100], 0, 100, 100, 20);
    expect(result?.d).toBe('M3 17 L97 3');
    expect(result?.last).toEqual({ x: 97, y: 3 });
  });

  it('breaks the line at a missing period instead of dropping to zero', () => {
    const result = sparklinePath([50, null, 50], 0, 100, 100, 20);
    expect(result?.d).toBe('M3 10 M97 10');
  });

  it('returns null when there is nothing to draw', () => {
    expect(sparklinePath([null, null], 0, 100)).toBeNull();
    expect(sparklinePath([], 0, 100)).toBeNull();
  });

  it('clamps values outside the scale to its edges', () => {
    expect(sparklinePath([150], 0, 100, 100, 20)?.d).toBe('M3 3');
  });
});

describe('Sparkline', () => {
  it('describes the trend for screen readers', async () => {
    const fixture = TestBed.createComponent(Sparkline);
    fixture.componentRef.setInput('values', [61.2, null, 70.6]);
    fixture.componentRef.setInput('label', 'Culture score of Maya Chen');
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg');
    expect(svg?.getAttribute('aria-label')).toBe('Culture score of Maya Chen: from 61 to 71');
  });

  it('says there is no trend instead of drawing an empty box', async () => {
    const fixture = TestBed.createComponent(Sparkline);
    fixture.componentRef.setInput('values', [null]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('svg')).toBeNull();
    expect(el.textContent).toContain('No trend yet');
  });
});
