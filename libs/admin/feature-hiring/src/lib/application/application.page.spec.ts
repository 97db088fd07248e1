import type { Application, Role, Scorecard, StaffMember, StaffMemberDraft } from '@rapport/shared/contracts';
import { application, interview, opening } from '../testing/fixtures';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { ApplicationPage } from './application.page';

const HIDDEN = "Submit your own scorecard first: the panel's ratings stay hidden until you have committed yours";

const candidate = {
  id: 'c1',
  name: 'Jordan Ellis',
  email: 'jordan.ellis@example.com',
  phone: null,
  source: 'Referral',
  notes: null,
  version: 1,
  createdAt: '',
  updatedAt: '',
};

const q = {
  id: 'q1',
  prompt: 'A surprise bill',
  kind: 'behavioral' as const,
  competencyId: 'c',
  probes: [],
  anchors: { '1': 'Blames', '3': 'Explains', '5': 'Acknowledges and prevents' },
  redFlags: [],
};

describe('ApplicationPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(
    scorecards: { forbidden?: boolean; cards?: Scorecard[] },
    options: { app?: Partial<Application>; others?: Application[]; roles?: Role[] } = {},
  ) {
    const page = await renderPage(ApplicationPage, { inputs: { applicationId: 'a1' }, roles: options.roles });
    const { backend, stable } = page;
    const current = application({
      history: [
        { fromStage: null, toStage: 'applied', reason: null, changedById: 'u-maya', changedAt: '2026-11-01T10:00:00Z' },
        { fromStage: 'applied', toStage: 'interviewing', reason: 'Interview scheduled', changedById: 'u-maya', changedAt: '2026-11-03T10:00:00Z' },
      ],
      ...options.app,
    });
    backend.expectOne('/api/applications/a1').flush(current);
    backend.expectOne('/api/candidates/c1').flush(candidate);
    backend.expectOne('/api/openings/o1').flush(opening());
    // The candidate's applications: this one, and any others.
    const others = options.others ?? [];
    backend.expectOne('/api/applications?candidateId=c1').flush({ items: [current, ...others], total: others.length + 1 });
    const interviews = backend.match((r) => r.url === '/api/interviews');
    for (const r of interviews) r.flush({ items: [interview({ questions: [q] })], total: 1 });
    await stable();
    const cards = backend.expectOne('/api/interviews/i1/scorecards');
    if (scorecards.forbidden) cards.flush(problem(403, HIDDEN).body, problem(403, HIDDEN).init);
    else cards.flush(scorecards.cards ?? []);
    await stable();
    return page;
  }

  it('shows the stage history newest first, with who moved it and why', async () => {
    const { el } = await render({ cards: [] });
    const entries = Array.from(el.querySelectorAll('.timeline li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(entries[0]).toContain('Applied → Interviewing');
    expect(entries[0]).toContain('Interview scheduled');
    expect(entries[1]).toContain('Applied');
    expect(el.textContent).toContain('jordan.ellis@example.com');
  });

  it("explains independence instead of showing an error when the viewer's own scorecard is pending", async () => {
    const { el } = await render({ forbidden: true });
    const section = el.querySelector('rp-interview-scorecards') as HTMLElement;
    expect(section.textContent).toContain(HIDDEN);
    expect(section.querySelector('[role=alert]')).toBeNull();
  });

  it('shows each submitted scorecard with its ratings, anchors and evidence', async () => {
    const card: Scorecard = {
      id: 's1',
      interviewId: 'i1',
      interviewerId: 'u-ivan',
      interviewerName: 'Ivan Novak',
      status: 'submitted',
      ratings: [{ questionId: 'q1', rating: 5, evidence: 'Wrote the estimate down' }],
      recommendation: 'strong_yes',
      submittedAt: '2026-11-04T10:00:00Z',
      amendedAt: null,
      updatedAt: '',
    };
    const { el } = await render({ cards: [card] });
    const section = el.querySelector('rp-interview-scorecards') as HTMLElement;
    expect(section.textContent).toContain('Ivan Novak');
    expect(section.textContent).toContain('Strong yes');
    expect(section.textContent).toContain('5 of 5 · Acknowledges and prevents');
    expect(section.textContent).toContain('Wrote the estimate down');
  });

  it('schedules an interview at the picked day and time with the picked panel', async () => {
    const { el, backend, stable } = await render({ cards: [] });
    buttonByText(el, 'Schedule interview').click();
    await stable();
    const dialog = overlay();
    const date = dialog.querySelector<HTMLInputElement>('input[formcontrolname=date]');
    const time = dialog.querySelector<HTMLInputElement>('input[formcontrolname=time]');
    if (!date || !time) throw new Error('no date or time input');
    date.value = '12/1/2026';
    date.dispatchEvent(new Event('input'));
    time.value = '10:30 AM';
    time.dispatchEvent(new Event('input'));
    dialog.querySelector<HTMLElement>('mat-select[formcontrolname=interviewerIds]')?.click();
    await stable();
    for (const name of ['Ivan Novak', 'Maya Chen']) {
      Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.includes(name))?.click();
    }
    await stable();
    expect(dialog.textContent).toContain('A panel of 2.');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const post = backend.expectOne({ method: 'POST', url: '/api/interviews' });
    expect(post.request.body).toEqual({
      applicationId: 'a1',
      scheduledAt: new Date(2026, 11, 1, 10, 30).toISOString(),
      interviewerIds: expect.arrayContaining(['u-ivan', 'u-maya']),
    });
    post.flush(interview({ id: 'i2' }));
    await stable();
    // The page reloads to show the new interview (and the stage scheduling may have moved it to).
    backend.expectOne('/api/applications/a1').flush(application());
    backend
      .expectOne((r) => r.url === '/api/interviews' && r.params.get('applicationId') === 'a1')
      .flush({ items: [interview(), interview({ id: 'i2', scheduledAt: new Date(2026, 11, 1, 10, 30).toISOString() })], total: 2 });
    backend.expectOne('/api/candidates/c1').flush(candidate);
    backend.expectOne('/api/openings/o1').flush(opening());
    backend.expectOne('/api/applications?candidateId=c1').flush({ items: [application()], total: 1 });
    await stable();
    expect(el.querySelectorAll('article.interview')).toHaveLength(2);
    for (const r of backend.match((r) => r.url.endsWith('/scorecards'))) r.flush([]);
  });

  describe("the candidate's other applications", () => {
    const section = (el: HTMLElement) => el.querySelector('section[aria-labelledby=other-applications-heading]') as HTMLElement;

    it('lists them, newest first, linked, with the opening, the stage and the days in it', async () => {
      const older = application({ id: 'a-old', openingId: 'o2', stage: 'rejected', daysInStage: 200, createdAt: '2025-03-01T10:00:00.000Z' });
      const newer = application({ id: 'a-new', openingId: 'o3', stage: 'offer', daysInStage: 1, createdAt: '2026-10-01T10:00:00.000Z' });
      const { el, backend, stable } = await render({ cards: [] }, { others: [older, newer] });
      backend.expectOne('/api/openings/o2').flush(opening({ id: 'o2', title: 'Nurse injector' }));
      backend.expectOne('/api/openings/o3').flush(opening({ id: 'o3', title: 'Front desk lead' }));
      await stable();

      const items = Array.from(section(el).querySelectorAll('li')).map((li) =>
        Array.from(li.children)
          .map((part) => part.textContent?.replace(/\s+/g, ' ').trim())
          .join(' '),
      );
      expect(items).toEqual(['Front desk lead Offer 1 day in stage', 'Nurse injector Rejected 200 days in stage']);
      const links = Array.from(section(el).querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(links).toEqual(['/hiring/applications/a-new', '/hiring/applications/a-old']);
    });

    it('says so when this is their only application', async () => {
      const { el, backend } = await render({ cards: [] });
      backend.expectNone((r) => r.url.startsWith('/api/openings/') && r.url !== '/api/openings/o1');
      expect(section(el).textContent).toContain('No other application from this candidate.');
      expect(section(el).querySelectorAll('li')).toHaveLength(0);
    });
  });

  describe('a hire without a staff member', () => {
    const hired = { stage: 'hired' as const, daysInStage: 0 };
    const draft: StaffMemberDraft = {
      name: 'Jordan Ellis',
      email: 'jordan.ellis@example.com',
      roleTitle: 'Patient coordinator',
      locationId: 'l2',
      applicationId: 'a1',
    };
    const today = () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };

    it('offers to create the staff member from the draft, saves it linked to the application, and links to the profile', async () => {
      const { el, backend, stable } = await render({ cards: [] }, { app: hired });
      backend.expectOne('/api/staff/from-application/a1').flush(draft);
      await stable();

      buttonByText(el, 'Create staff member').click();
      // The draft is already here; the form needs the places and the people to pick from.
      backend.expectNone('/api/staff/from-application/a1');
      backend.expectOne('/api/locations').flush({
        items: [
          { id: 'l1', name: 'Downtown Clinic' },
          { id: 'l2', name: 'Riverside Medspa' },
        ],
        total: 2,
      });
      backend.expectOne('/api/staff').flush({ items: [{ id: 's-ana', name: 'Ana Ruiz', roleTitle: 'Practice manager' }], total: 1 });
      await stable();

      const dialog = overlay();
      expect(dialog.querySelector('h2')?.textContent).toContain('Create staff member');
      expect(dialog.querySelector<HTMLInputElement>('input[formcontrolname=name]')?.value).toBe('Jordan Ellis');
      expect(dialog.querySelector<HTMLInputElement>('input[formcontrolname=roleTitle]')?.value).toBe('Patient coordinator');
      expect(dialog.querySelector('mat-select[formcontrolname=locationId]')?.textContent).toContain('Riverside Medspa');
      typeInto(dialog.querySelector('input[formcontrolname=email]'), 'jordan@lumen.example');
      dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
      await stable();

      const post = backend.expectOne({ method: 'POST', url: '/api/staff' });
      expect(post.request.body).toEqual({
        name: 'Jordan Ellis',
        email: 'jordan@lumen.example',
        roleTitle: 'Patient coordinator',
        locationId: 'l2',
        managerId: null,
        hiredAt: today(),
        applicationId: 'a1',
      });
      post.flush({ id: 's-new', name: 'Jordan Ellis' } as StaffMember);
      await stable();

      expect(overlay().textContent).toContain('Jordan Ellis is on the staff');
      expect(buttonByText(overlay(), 'View profile')).toBeTruthy();
      expect(() => buttonByText(el, 'Create staff member')).toThrow();
      expect(buttonByText(el, 'Staff profile').getAttribute('href')).toBe('/staff/s-new');
    });

    it('keeps the form open with the error on its field when the API refuses', async () => {
      const { el, backend, stable } = await render({ cards: [] }, { app: hired });
      backend.expectOne('/api/staff/from-application/a1').flush(draft);
      await stable();
      buttonByText(el, 'Create staff member').click();
      backend.expectOne('/api/locations').flush({ items: [{ id: 'l2', name: 'Riverside Medspa' }], total: 1 });
      backend.expectOne('/api/staff').flush({ items: [], total: 0 });
      await stable();
      overlay().querySelector('form')?.dispatchEvent(new Event('submit'));
      await stable();
      const refusal = problem(409, 'Taken', [{ field: 'email', message: 'email is already used by another staff member' }]);
      backend.expectOne({ method: 'POST', url: '/api/staff' }).flush(refusal.body, refusal.init);
      await stable();
      expect(overlay().querySelector('input[formcontrolname=email]')?.closest('mat-form-field')?.textContent).toContain(
        'email is already used by another staff member',
      );
      expect(buttonByText(el, 'Create staff member')).toBeTruthy();
    });

    it('offers nothing once the staff member was created (the API answers 409)', async () => {
      const { el, backend, stable } = await render({ cards: [] }, { app: hired });
      const conflict = problem(409, 'Staff member s-1 was already created from this application');
      backend.expectOne('/api/staff/from-application/a1').flush(conflict.body, conflict.init);
      await stable();
      expect(() => buttonByText(el, 'Create staff member')).toThrow();
      expect(el.querySelector('.staff-note')?.textContent).toContain('On the staff');
      expect(document.querySelector('mat-snack-bar-container')).toBeNull();
    });

    it('does not ask for roles that may not create staff', async () => {
      const asLeader = await render({ cards: [] }, { app: hired, roles: ['leader'] });
      asLeader.backend.expectNone('/api/staff/from-application/a1');
      expect(() => buttonByText(asLeader.el, 'Create staff member')).toThrow();
    });

    it('is not offered while the application is not hired', async () => {
      const { el, backend } = await render({ cards: [] }, { app: { stage: 'offer' } });
      backend.expectNone('/api/staff/from-application/a1');
      expect(() => buttonByText(el, 'Create staff member')).toThrow();
    });
  });
});
