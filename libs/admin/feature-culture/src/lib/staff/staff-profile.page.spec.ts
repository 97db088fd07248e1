import type { Observation, ReviewAssignment, ReviewResults, StaffMember } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { StaffProfilePage } from './staff-profile.page';

const person = (id: string, name: string, userId: string | null, managerId: string | null) =>
  ({ id, name, userId, managerId, roleTitle: 'Patient coordinator', locationId: 'l1', email: `${id}@x.test`, hiredAt: '2024-01-02', version: 4 }) as StaffMember;
const leo = person('s-leo', 'Dr. Leo Martins', 'u-leo', null);
const sofia = person('s-sofia', 'Sofia Alvarez', 'u-sofia', 's-leo');
const daniel = person('s-daniel', 'Daniel Kim', 'u-daniel', null);
const recognition = { id: 'o1', staffMemberId: 's-daniel', competencyId: 'c1', kind: 'recognition', note: 'Called back within the hour.', observedAt: '2026-05-02', authorId: 'u-x', authorName: 'Nadia Okoye', createdAt: '' } as Observation;

async function render(id: string, roles: ('staff' | 'hr')[], userId: string) {
  const page = await renderPage(StaffProfilePage, { roles, userId, inputs: { id } });
  const { backend } = page;
  backend.expectOne('/api/locations').flush({ items: [{ id: 'l1', name: 'Riverside Medspa' }], total: 1 });
  backend.expectOne('/api/staff').flush({ items: [leo, sofia, daniel], total: 3 });
  backend.expectOne('/api/competencies').flush({ items: [{ id: 'c1', name: 'Responsiveness' }], total: 1 });
  backend.expectOne(`/api/staff/${id}`).flush([leo, sofia, daniel].find((s) => s.id === id) ?? null);
  await page.stable();
  return page;
}

describe('StaffProfilePage', () => {
  it('shows a peer only the directory details and recognitions, and asks for nothing private', async () => {
    const { backend, stable, el } = await render('s-daniel', ['staff'], 'u-sofia');
    backend.expectOne((r) => r.url === '/api/observations' && r.params.get('staffMemberId') === 's-daniel').flush({ items: [recognition], total: 1 });
    await stable();

    expect(el.querySelector('h1')?.textContent).toBe('Daniel Kim');
    expect(el.querySelector('[data-testid=private-note]')?.textContent).toContain('private to them, their managers and leaders');
    expect(el.textContent).toContain('Called back within the hour.');
    expect(el.querySelector('[aria-label="Show observations of kind"]')).toBeNull();
    backend.expectNone((r) => r.url === '/api/culture/scores');
    backend.expectNone((r) => r.url === '/api/service-metrics');
    backend.expectNone((r) => r.url.includes('review'));
    backend.verify();
  });

  it('shows a person their own score, metrics and review results, with withheld peer results explained', async () => {
    const { backend, stable, el } = await render('s-sofia', ['staff'], 'u-sofia');
    backend.expectOne((r) => r.url === '/api/observations').flush({ items: [], total: 0 });
    backend.expectOne((r) => r.url === '/api/culture/scores' && r.params.get('level') === 'staff').flush({
      level: 'staff',
      period: 'month',
      from: '2026-05',
      to: '2026-06',
      periods: ['2026-05', '2026-06'],
      minRaters: 3,
      items: [
        {
          subjectId: 's-sofia',
          name: 'Sofia Alvarez',
          locationId: 'l1',
          roleTitle: null,
          slope: null,
          points: [
            {
              period: '2026-06',
              score: 78.4,
              delta: 1.5,
              insufficient_data: false,
              breakdown: { components: [{ component: 'ratings360', value: 80, weight: 0.5, effectiveWeight: 0.5 }], dropped: [], serviceMetrics: [], observations: { recognitions: 1, coaching: 0 } },
            },
          ],
        },
      ],
    });
    backend.expectOne((r) => r.url === '/api/service-metrics' && r.params.get('staffMemberId') === 's-sofia').flush({
      items: [{ id: 'm1', staffMemberId: 's-sofia', locationId: null, period: '2026-06', metric: 'calls_returned_rate', value: 0.92 }],
      total: 1,
    });
    const mine = [
      { cycleId: 'q2', cycleName: 'Q2 360', cycleStatus: 'closed', periodEnd: '2026-06-30' },
      { cycleId: 'q3', cycleName: 'Q3 360', cycleStatus: 'open', periodEnd: '2026-09-30' },
    ] as ReviewAssignment[];
    backend.expectOne('/api/me/review-assignments').flush({ items: mine, total: 2 });
    const results: ReviewResults = {
      cycleId: 'q2',
      cycleStatus: 'closed',
      staffMemberId: 's-sofia',
      minRaters: 3,
      competencies: [
        {
          competencyId: 'c1',
          competencyName: 'Responsiveness',
          self: { rating: 4, comment: '' },
          manager: { rating: 5, comment: 'Always closes the loop.' },
          peer: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
          upward: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
        },
      ],
    };
    // The latest closed cycle opens first, not the newer open one.
    backend.expectOne((r) => r.url === '/api/review-cycles/q2/results' && r.params.get('staffMemberId') === 's-sofia').flush(results);
    await stable();

    expect(el.querySelector('[data-testid=private-note]')).toBeNull();
    expect(el.textContent).toContain('78');
    expect(el.textContent).toContain('+1.5 on the month before');
    expect(el.textContent).toContain('Calls returned');
    expect(el.textContent).toContain('92.0%');
    const row = el.querySelector('table[aria-label="Review results per competency"] tbody tr');
    expect(row?.textContent).toContain('Hidden to protect anonymity: fewer than 3 people rated');
    expect(el.textContent).toContain('Always closes the loop.');
    backend.verify();
  });

  it('offers a peer no Edit', async () => {
    const { el } = await render('s-daniel', ['staff'], 'u-sofia');
    expect(() => buttonByText(el, 'Edit')).toThrow();
  });

  it('lets HR edit the record, sending the version it read, and shows the saved values', async () => {
    const { backend, stable, el } = await render('s-sofia', ['hr'], 'u-hana');
    buttonByText(el, 'Edit').click();
    await stable();
    const dialog = overlay().querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent).toContain('Edit Sofia Alvarez');
    expect(dialog.querySelector<HTMLInputElement>('input[formcontrolname=hiredAt]')?.value).toBe('2024-01-02');
    expect(dialog.querySelector('mat-select[formcontrolname=managerId]')?.textContent).toContain('Dr. Leo Martins');
    typeInto(dialog.querySelector('input[formcontrolname=roleTitle]'), 'Lead patient coordinator');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/staff/s-sofia' });
    expect(patch.request.body).toEqual({
      name: 'Sofia Alvarez',
      email: 's-sofia@x.test',
      roleTitle: 'Lead patient coordinator',
      locationId: 'l1',
      managerId: 's-leo',
      hiredAt: '2024-01-02',
      version: 4,
    });
    patch.flush({ ...sofia, roleTitle: 'Lead patient coordinator', version: 5 });
    await stable();
    expect(overlay().querySelector('mat-dialog-container')).toBeNull();
    expect(el.querySelector('.intro')?.textContent).toContain('Lead patient coordinator');
  });

  it('keeps the form open and says why when someone else saved the record first (409)', async () => {
    const { backend, stable, el } = await render('s-sofia', ['hr'], 'u-hana');
    buttonByText(el, 'Edit').click();
    await stable();
    overlay().querySelector('mat-dialog-container form')?.dispatchEvent(new Event('submit'));
    await stable();
    const stale = problem(409, 'The staff member was changed by someone else; reload and try again');
    backend.expectOne({ method: 'PATCH', url: '/api/staff/s-sofia' }).flush(stale.body, stale.init);
    await stable();
    expect(overlay().querySelector('mat-dialog-container')).not.toBeNull();
    expect(overlay().querySelector('mat-snack-bar-container')?.textContent).toContain('changed by someone else');
  });
});
