import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RatingScale } from './rating-scale';

@Component({
  imports: [RatingScale],
  template: `<p id="prompt">Tell me about a surprise bill</p>
    <rp-rating-scale name="q1" labelledBy="prompt" [anchors]="anchors" [(value)]="rating" [disabled]="locked()" />`,
})
class Host {
  readonly anchors = { '1': 'Blames the patient', '3': 'Explains the charge', '5': 'Acknowledges, explains, prevents' };
  readonly rating = signal<number | null | undefined>(undefined);
  readonly locked = signal(false);
}

describe('RatingScale', () => {
  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const radios = () => Array.from(el.querySelectorAll<HTMLInputElement>('input[type=radio]'));
    return { fixture, el, radios, host: fixture.componentInstance };
  }

  it('shows the anchors beside 1, 3 and 5 and "between" for 2 and 4, named by the prompt', async () => {
    const { el, radios } = await render();
    const rows = Array.from(el.querySelectorAll('.rp-scale-point')).map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      '1 Blames the patient',
      '2 Between 1 and 3',
      '3 Explains the charge',
      '4 Between 3 and 5',
      '5 Acknowledges, explains, prevents',
      '– Not asked',
    ]);
    expect(radios().every((r) => r.name === 'q1')).toBe(true);
    expect(el.querySelector('[role=radiogroup]')?.getAttribute('aria-labelledby')).toBe('prompt');
  });

  it('reports a chosen point, and null for "not asked"', async () => {
    const { fixture, radios, host } = await render();
    expect(radios().some((r) => r.checked)).toBe(false);

    radios()[3].click();
    await fixture.whenStable();
    expect(host.rating()).toBe(4);

    radios()[5].click();
    await fixture.whenStable();
    expect(host.rating()).toBeNull();
  });

  it('shows the current value and refuses changes when disabled', async () => {
    const { fixture, radios, host } = await render();
    host.rating.set(5);
    host.locked.set(true);
    await fixture.whenStable();
    expect(radios()[4].checked).toBe(true);
    expect(radios().every((r) => r.disabled)).toBe(true);
  });
});
