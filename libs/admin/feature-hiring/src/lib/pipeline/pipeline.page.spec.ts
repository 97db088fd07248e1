import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import type { Application, ApplicationStage } from '@rapport/shared/contracts';
import { application, debrief, interview, opening } from '../testing/fixtures';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { PipelinePage } from './pipeline.page';

const avery = application({ id: 'a-avery', candidateName: 'Avery Quinn', stage: 'applied', daysInStage: 20 });
const jordan = application({ id: 'a1', candidateName: 'Jordan Ellis', stage: 'interviewing', daysInStage: 18 });
const taylor = application({ id: 'a-taylor', candidateName: 'Taylor Brandt', stage: 'hired' });

describe('PipelinePage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(options: { debriefForbidden?: boolean } = {}) {
    const page = await renderPage(PipelinePage, { inputs: { openingId: 'o1' } });
    const { backend, stable } = page;
    backend.expectOne('/api/openings/o1').flush(opening());
    backend.expectOne('/api/applications?openingId=o1').flush({ items: [avery, jordan, taylor], total: 3 });
    // Two readers of the interviews: the board, and the people directory (a hiring manager has no user list).
    const interviews = [...backend.match('/api/interviews?openingId=o1'), ...backend.match('/api/interviews')];
    expect(interviews).toHaveLength(2);
    for (const request of interviews) request.flush({ items: [interview()], total: 1 });
    const d = backend.expectOne('/api/applications/a1/debrief');
    if (options.debriefForbidden) d.flush(problem(403, 'Submit yours first').body, problem(403, 'Submit yours first').init);
    else d.flush(debrief());
    await stable();
    return page;
  }

  const columnOf = (el: HTMLElement, name: string) =>
    el.querySelector(`rp-pipeline-card a[href="/hiring/applications/${name}"]`)?.closest('section')?.querySelector('h2')?.textContent?.trim();

  /** What CDK emits when a card is dropped on another column. */
  function drop(page: PipelinePage, app: Application, to: ApplicationStage): void {
    (page as unknown as { dropped(e: CdkDragDrop<ApplicationStage, ApplicationStage, Application>): void }).dropped({
      item: { data: app },
      container: { data: to },
      previousContainer: { data: app.stage },
    } as unknown as CdkDragDrop<ApplicationStage, ApplicationStage, Application>);
  }

  it('lays the applications out by stage, with days in stage and the panel summary', async () => {
    const { el } = await render();
    expect(columnOf(el, 'a-avery')).toMatch(/^Applied\s+1$/);
    expect(columnOf(el, 'a1')).toMatch(/^Interviewing\s+1$/);
    expect(columnOf(el, 'a-taylor')).toMatch(/^Hired\s+1$/);
    const card = el.querySelector('rp-pipeline-card:has(a[href="/hiring/applications/a1"])');
    expect(card?.textContent).toContain('18 days in this stage');
    expect(card?.textContent).toContain('2/2 scorecards');
    expect(card?.textContent).toContain('3.8');
    expect(card?.textContent).toContain('Panel disagrees');
    // A final card cannot be dragged.
    expect(el.querySelector('li.cdk-drag-disabled a[href="/hiring/applications/a-taylor"]')).not.toBeNull();
  });

  it('says scores are hidden, not missing, when the viewer has yet to submit their own', async () => {
    const { el } = await render({ debriefForbidden: true });
    const card = el.querySelector('rp-pipeline-card:has(a[href="/hiring/applications/a1"])');
    expect(card?.textContent).toContain('Scores hidden until you submit yours');
  });

  it('moves a dropped card at once and keeps it there when the API agrees', async () => {
    const { fixture, el, backend, stable } = await render();
    drop(fixture.componentInstance, avery, 'screening');
    await stable();
    expect(columnOf(el, 'a-avery')).toMatch(/^Screening/);
    const post = backend.expectOne({ method: 'POST', url: '/api/applications/a-avery/stage' });
    expect(post.request.body).toEqual({ stage: 'screening' });
    post.flush({ ...avery, stage: 'screening', daysInStage: 0 });
    await stable();
    expect(columnOf(el, 'a-avery')).toMatch(/^Screening/);
  });

  it('puts the card back and says why when the API refuses the move', async () => {
    const { fixture, el, backend, stable } = await render();
    drop(fixture.componentInstance, avery, 'offer');
    const refusal = problem(409, 'The application is withdrawn; that stage is final');
    backend.expectOne('/api/applications/a-avery/stage').flush(refusal.body, refusal.init);
    await stable();
    expect(columnOf(el, 'a-avery')).toMatch(/^Applied/);
    expect(overlay().textContent).toContain('that stage is final');
  });

  it('asks for a reason before rejecting, and sends nothing if cancelled', async () => {
    const { fixture, el, backend, stable } = await render();
    drop(fixture.componentInstance, jordan, 'rejected');
    await stable();
    expect(overlay().querySelector('h2')?.textContent).toBe('Reject Jordan Ellis?');
    buttonByText(overlay(), 'Cancel').click();
    await stable();
    backend.expectNone('/api/applications/a1/stage');
    expect(columnOf(el, 'a1')).toMatch(/^Interviewing/);

    drop(fixture.componentInstance, jordan, 'rejected');
    await stable();
    typeInto(overlay().querySelector('textarea'), 'Pushed a package in the role-play');
    overlay().querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();
    const post = backend.expectOne('/api/applications/a1/stage');
    expect(post.request.body).toEqual({ stage: 'rejected', reason: 'Pushed a package in the role-play' });
    post.flush({ ...jordan, stage: 'rejected' });
    await stable();
    expect(columnOf(el, 'a1')).toMatch(/^Rejected/);
  });

  it('never moves a final card and sends nothing for a drop on its own column', async () => {
    const { fixture, backend, stable } = await render();
    drop(fixture.componentInstance, taylor, 'offer');
    await stable();
    backend.expectNone('/api/applications/a-taylor/stage');
    expect(overlay().textContent).toContain('The application is hired; that stage is final.');

    (fixture.componentInstance as unknown as { dropped(e: unknown): void }).dropped({
      item: { data: avery },
      container: { data: 'applied' },
      previousContainer: 'same',
    });
    backend.expectNone('/api/applications/a-avery/stage');
  });

  it('offers the same moves through the card menu, for the keyboard', async () => {
    const { el, backend, stable } = await render();
    el.querySelector<HTMLButtonElement>('button[aria-label="Actions for Avery Quinn"]')?.click();
    await stable();
    buttonByText(overlay(), 'Move to…').click();
    await stable();
    buttonByText(overlay(), 'Interviewing').click();
    await stable();
    expect(backend.expectOne('/api/applications/a-avery/stage').request.body).toEqual({ stage: 'interviewing' });
  });

  it('offers to create the staff member once a card is moved to Hired, prefilled from the hire', async () => {
    const { fixture, el, backend, stable } = await render();
    drop(fixture.componentInstance, jordan, 'hired');
    await stable();
    buttonByText(overlay(), 'Move to Hired').click();
    await stable();
    backend.expectOne('/api/applications/a1/stage').flush({ ...jordan, stage: 'hired', daysInStage: 0 });
    await stable();
    expect(columnOf(el, 'a1')).toMatch(/^Hired/);

    const snackBar = overlay().querySelector('mat-snack-bar-container') as HTMLElement;
    expect(snackBar.textContent).toContain('Jordan Ellis moved to Hired');
    buttonByText(snackBar, 'Create staff member').click();
    await stable();
    backend.expectOne('/api/staff/from-application/a1').flush({
      name: 'Jordan Ellis',
      email: 'jordan.ellis@example.com',
      roleTitle: 'Patient coordinator',
      locationId: 'l1',
      applicationId: 'a1',
    });
    backend.expectOne('/api/locations').flush({ items: [{ id: 'l1', name: 'Downtown Clinic' }], total: 1 });
    backend.expectOne('/api/staff').flush({ items: [], total: 0 });
    await stable();
    const dialog = overlay().querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent).toContain('Create staff member');
    expect(dialog.querySelector<HTMLInputElement>('input[formcontrolname=email]')?.value).toBe('jordan.ellis@example.com');
  });

  it('only says a move to Hired happened to a role that may not create staff', async () => {
    const page = await renderPage(PipelinePage, { inputs: { openingId: 'o1' }, roles: ['interviewer'] });
    page.backend.expectOne('/api/openings/o1').flush(opening());
    page.backend.expectOne('/api/applications?openingId=o1').flush({ items: [jordan], total: 1 });
    for (const request of page.backend.match((r) => r.url === '/api/interviews')) request.flush({ items: [], total: 0 });
    await page.stable();
    drop(page.fixture.componentInstance, jordan, 'hired');
    await page.stable();
    buttonByText(overlay(), 'Move to Hired').click();
    await page.stable();
    page.backend.expectOne('/api/applications/a1/stage').flush({ ...jordan, stage: 'hired', daysInStage: 0 });
    await page.stable();
    const snackBar = overlay().querySelector('mat-snack-bar-container') as HTMLElement;
    expect(snackBar.textContent).toContain('Jordan Ellis moved to Hired');
    expect(snackBar.querySelector('button')).toBeNull();
  });
});
