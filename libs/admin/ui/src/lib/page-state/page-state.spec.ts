import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageState, type PageStatus } from './page-state';

@Component({
  imports: [PageState],
  template: `
    <rp-page-state [status]="status()" [empty]="empty()" emptyMessage="No locations yet." errorMessage="Boom"
      (retry)="retries = retries + 1">
      <p class="body">the table</p>
    </rp-page-state>
  `,
})
class HostComponent {
  readonly status = signal<PageStatus>('loading');
  readonly empty = signal(false);
  retries = 0;
}

describe('PageState', () => {
  async function render(status: PageStatus, empty = false) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.status.set(status);
    fixture.componentInstance.empty.set(empty);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows a spinner and not the body while loading', async () => {
    const { el } = await render('loading');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Loading');
    expect(el.querySelector('.body')).toBeNull();
  });

  it('shows the error with a retry button that emits retry', async () => {
    const { fixture, el } = await render('error');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Boom');
    el.querySelector('button')?.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });

  it('shows the empty message instead of the body when empty', async () => {
    const { el } = await render('ready', true);
    expect(el.textContent).toContain('No locations yet.');
    expect(el.querySelector('.body')).toBeNull();
  });

  it('shows the body when ready with content', async () => {
    const { el } = await render('ready');
    expect(el.querySelector('.body')?.textContent).toBe('the table');
  });
});
