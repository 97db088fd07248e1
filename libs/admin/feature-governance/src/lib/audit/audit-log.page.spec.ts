import { HttpEventType, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AuditEvent } from '@rapport/shared/contracts';
import { buttonByText, choose, problem, renderPage, typeInto, user } from '../testing/render-page';
import { AuditLogPage } from './audit-log.page';

const HANA = '0b7e4a9c-6f51-4c1e-9d3a-2f8b1c7e5a10';

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'e2',
    seq: 2,
    actorUserId: HANA,
    action: 'location.updated',
    entityType: 'location',
    entityId: 'l-1',
    before: { name: 'Downtown', code: 'DTN' },
    after: { name: 'Downtown clinic', code: 'DTN' },
    requestId: 'req-1',
    hash: 'abc123',
    redacted: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

describe('AuditLogPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(inputs: Record<string, unknown> = {}) {
    const page = await renderPage(AuditLogPage, { inputs });
    page.backend.expectOne('/api/users').flush({ items: [user(HANA, 'Hana Brooks', ['hr'])], total: 1 });
    return page;
  }

  it('asks the API with the filters from the URL, whole local days, and names the actor', async () => {
    const { backend, stable, el } = await render({ entity: 'location', actor: HANA, from: '2026-11-01', to: '2026-11-20', page: '2', size: '25' });
    const req = backend.expectOne((r) => r.url === '/api/audit-events');
    expect(req.request.params.get('entity')).toBe('location');
    expect(req.request.params.get('actor')).toBe(HANA);
    expect(req.request.params.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    expect(req.request.params.get('to')).toBe(new Date(2026, 10, 21).toISOString());
    expect(req.request.params.get('limit')).toBe('25');
    expect(req.request.params.get('offset')).toBe('25');
    req.flush({ items: [event(), event({ id: 'e1', seq: 1, actorUserId: null, action: 'organization.seeded', entityType: 'organization' })], total: 27 });
    await stable();

    const rows = Array.from(el.querySelectorAll('tr.event-row')).map((r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('Hana Brooks');
    expect(rows[0]).toContain('location.updated');
    expect(rows[1]).toContain('System');
    // The form shows the filters of the URL.
    expect(el.querySelector<HTMLInputElement>('input[aria-label=From]')?.value).toBe('11/1/2026');
  });

  it('puts the chosen filters into the URL, leaving empty ones out', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/audit-events').flush({ items: [], total: 0 });
    await stable();
    expect(el.textContent).toContain('No events recorded yet.');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    await choose(el.querySelector('mat-select[formcontrolname=entity]'), 'Candidate', stable);
    typeInto(el.querySelector('input[formcontrolname=entityId]'), '  c-42 ');
    await choose(el.querySelector('mat-select[formcontrolname=actor]'), 'Hana Brooks', stable);
    buttonByText(el, 'Apply filters').click();
    await stable();

    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({
      queryParams: { entity: 'candidate', entityId: 'c-42', actor: HANA, from: undefined, to: undefined },
    }));
  });

  it('shows before and after of an event on expand, changed fields marked', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/audit-events').flush({ items: [event()], total: 1 });
    await stable();

    const toggle = el.querySelector<HTMLButtonElement>('button[aria-label="Details of event #2"]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await stable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const changed = Array.from(el.querySelectorAll('rp-audit-event-detail tr.changed')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(changed).toEqual([['name', 'Downtown', 'Downtown clinic', 'Changed']]);
    expect(el.querySelector('rp-audit-event-detail')?.textContent).toContain('req-1');
  });

  it('says an erased event lost its contents instead of showing empty fields', async () => {
    const { backend, stable, el } = await render();
    backend
      .expectOne((r) => r.url === '/api/audit-events')
      .flush({ items: [event({ redacted: true, before: null, after: { redacted: true } })], total: 1 });
    await stable();
    el.querySelector<HTMLButtonElement>('button[aria-label="Details of event #2"]')?.click();
    await stable();
    expect(el.querySelector('rp-audit-event-detail')?.textContent).toContain('Personal data removed by an erasure');
    expect(el.querySelector('rp-audit-event-detail table')).toBeNull();
  });

  it('verifies the chain and reports the first broken link', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/audit-events').flush({ items: [event()], total: 1 });
    await stable();

    buttonByText(el, 'Verify chain').click();
    backend.expectOne('/api/audit-events/verify').flush({ valid: true, events: 1234, firstBroken: null });
    await stable();
    expect(el.querySelector('.notice-ok')?.textContent).toContain('All 1,234 events verified');

    buttonByText(el, 'Verify chain').click();
    backend
      .expectOne('/api/audit-events/verify')
      .flush({ valid: false, events: 56, firstBroken: { seq: 57, eventId: 'e57', reason: 'payload does not match its hash' } });
    await stable();
    const alert = el.querySelector('.notice-bad[role=alert]');
    expect(alert?.textContent).toContain('Chain broken at event #57');
    expect(alert?.textContent).toContain('payload does not match its hash');
  });

  it('shows a load error with a retry', async () => {
    const { backend, stable, el } = await render();
    const failure = problem(503, 'The database is unavailable');
    backend.expectOne((r) => r.url === '/api/audit-events').flush(failure.body, failure.init);
    await stable();
    expect(el.querySelector('rp-page-state [role=alert]')?.textContent).toContain('The database is unavailable');
    buttonByText(el, 'Try again').click();
    backend.expectOne((r) => r.url === '/api/audit-events').flush({ items: [event()], total: 1 });
    await stable();
    expect(el.querySelectorAll('tr.event-row')).toHaveLength(1);
  });

  it('exports what the filters show as CSV with progress, then names the saved file', async () => {
    const { backend, stable, el, saved } = await render({ from: '2026-11-01', to: '2026-11-26', entity: 'candidate' });
    backend.expectOne((r) => r.url === '/api/audit-events').flush({ items: [event()], total: 1 });
    await stable();

    buttonByText(el, 'Export CSV').click();
    const req = backend.expectOne((r) => r.url === '/api/exports/audit-log');
    expect(req.request.params.get('from')).toBe('2026-11-01');
    expect(req.request.params.get('to')).toBe('2026-11-26');
    expect(req.request.params.get('entity')).toBe('candidate');
    expect(req.request.params.has('actor')).toBe(false);
    req.event({ type: HttpEventType.DownloadProgress, loaded: 2048 });
    await stable();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('indeterminate');
    expect(el.textContent).toContain('Downloading… 2.0 KB received');
    req.flush(new Blob(['seq\r\n']), {
      headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-audit-log-2026-11-01-to-2026-11-26.csv"' }),
    });
    await stable();
    expect(saved.map((f) => f.name)).toEqual(['rapport-audit-log-2026-11-01-to-2026-11-26.csv']);
    expect(el.textContent).toContain('Saved rapport-audit-log-2026-11-01-to-2026-11-26.csv');
  });
});
