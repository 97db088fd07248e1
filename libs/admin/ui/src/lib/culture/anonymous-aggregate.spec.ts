import { TestBed } from '@angular/core/testing';
import type { AnonymousAggregate } from '@rapport/shared/contracts';
import { AnonymousAggregateView, suppressionMessage } from './anonymous-aggregate';

describe('suppressionMessage', () => {
  it('explains a result below the minimum number of raters', () => {
    expect(suppressionMessage('below_min_raters', 3)).toBe('Hidden to protect anonymity: fewer than 3 people rated');
  });

  it('uses the organization minimum when it is raised', () => {
    expect(suppressionMessage('below_min_raters', 5)).toBe('Hidden to protect anonymity: fewer than 5 people rated');
  });

  it('never states a minimum below the product floor of 3', () => {
    expect(suppressionMessage('below_min_raters', 1)).toContain('fewer than 3 people');
  });

  it('explains that results of an open cycle wait for it to close', () => {
    expect(suppressionMessage('cycle_open', 3)).toBe('Shown when the cycle closes');
  });
});

describe('AnonymousAggregateView', () => {
  async function render(aggregate: AnonymousAggregate) {
    const fixture = TestBed.createComponent(AnonymousAggregateView);
    fixture.componentRef.setInput('aggregate', aggregate);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the mean with one decimal and the number of raters', async () => {
    const el = await render({ suppressed: false, n: 4, mean: 3.25, comments: [] });
    expect(el.textContent?.replace(/\s+/g, ' ').trim()).toBe('3.3 (4 raters)');
    expect(el.querySelector('[data-testid=suppressed]')).toBeNull();
  });

  it('shows the explanatory state, and no number, when too few people rated', async () => {
    const el = await render({ suppressed: true, reason: 'below_min_raters', minRaters: 3 });
    expect(el.querySelector('[data-testid=suppressed]')?.textContent).toContain(
      'Hidden to protect anonymity: fewer than 3 people rated',
    );
    expect(el.textContent).not.toMatch(/\d\.\d/);
  });

  it('says when an open cycle will show its results', async () => {
    const el = await render({ suppressed: true, reason: 'cycle_open', minRaters: 3 });
    expect(el.textContent).toContain('Shown when the cycle closes');
  });
});
