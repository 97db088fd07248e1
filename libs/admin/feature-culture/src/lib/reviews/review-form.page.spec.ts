import type { Competency, ReviewAssignment } from '@rapport/shared/contracts';
import { buttonByText, overlay, renderPage } from '../testing/render-page';
import { ReviewFormPage } from './review-form.page';

const competencies = [
  { id: 'c1', name: 'Empathy & warmth', definition: 'Notices how the patient feels.', position: 1 },
  { id: 'c2', name: 'Responsiveness', definition: 'Closes the loop.', position: 2 },
] as Competency[];
const assignment: ReviewAssignment = {
  id: 'a1',
  cycleId: 'q3',
  cycleName: 'Q3 360',
  cycleStatus: 'open',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
  subject: { staffMemberId: 's-leo', name: 'Dr. Leo Martins', roleTitle: 'Physician' },
  relation: 'upward',
  status: 'draft',
  ratings: [{ competencyId: 'c1', rating: 2, comment: 'Rushes the first minute.' }],
  submittedAt: null,
  updatedAt: '',
};

async function render(a: ReviewAssignment = assignment) {
  const page = await renderPage(ReviewFormPage, { roles: ['staff'], inputs: { id: 'a1' } });
  page.backend.expectOne('/api/competencies').flush({ items: competencies, total: 2 });
  page.backend.expectOne('/api/review-assignments/a1').flush(a);
  await page.stable();
  return page;
}

const groups = (el: HTMLElement) => Array.from(el.querySelectorAll('fieldset'));
const rate = (fieldset: Element, value: number) =>
  Array.from(fieldset.querySelectorAll<HTMLButtonElement>('mat-button-toggle button'))
    .find((b) => b.textContent?.trim() === String(value))
    ?.click();

describe('ReviewFormPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('tells an upward rater that answers are anonymous and prefills the draft', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid=privacy-note]')?.textContent).toContain('Your answers are anonymous');
    expect(el.querySelector('[data-testid=privacy-note]')?.textContent).toContain('3 or more people');
    expect(groups(el)[0].querySelector('.mat-button-toggle-checked')?.textContent?.trim()).toBe('2');
    expect(groups(el)[0].querySelector('textarea')?.value).toBe('Rushes the first minute.');
    expect(el.textContent).toContain('1 of 2 competencies rated');
  });

  it('does not submit until every competency is rated, and says how many are left', async () => {
    const { el, backend, stable } = await render();
    buttonByText(el, 'Submit review').click();
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('1 still to rate');
    expect(groups(el)[1].textContent).toContain('Rate Responsiveness from 1 to 5.');
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    backend.expectNone({ method: 'PUT' });
    backend.expectNone({ method: 'POST' });
  });

  it('saves a partial draft with only the rated competencies', async () => {
    const { el, backend, stable } = await render();
    buttonByText(el, 'Save draft').click();
    await stable();
    const put = backend.expectOne({ method: 'PUT', url: '/api/review-assignments/a1' });
    expect(put.request.body).toEqual({ ratings: [{ competencyId: 'c1', rating: 2, comment: 'Rushes the first minute.' }] });
    put.flush(assignment);
  });

  it('submits after confirmation, saving first, then locks the form', async () => {
    const { el, backend, stable } = await render();
    rate(groups(el)[1], 4);
    await stable();
    buttonByText(el, 'Submit review').click();
    await stable();
    buttonByText(overlay(), 'Submit review').click();
    await stable();

    const put = backend.expectOne({ method: 'PUT', url: '/api/review-assignments/a1' });
    expect(put.request.body.ratings).toEqual([
      { competencyId: 'c1', rating: 2, comment: 'Rushes the first minute.' },
      { competencyId: 'c2', rating: 4 },
    ]);
    put.flush({ ...assignment, ratings: put.request.body.ratings });
    await stable();
    backend
      .expectOne({ method: 'POST', url: '/api/review-assignments/a1/submit' })
      .flush({ ...assignment, status: 'submitted', submittedAt: '2026-08-01T10:00:00.000Z' });
    await stable();

    expect(el.querySelector('[data-testid=locked]')?.textContent).toContain('Submitted Aug 1, 2026. The review is locked.');
    expect(() => buttonByText(el, 'Submit review')).toThrow();
    expect(groups(el)[0].querySelector('textarea')?.disabled).toBe(true);
  });

  it('opens a submitted review read-only', async () => {
    const { el } = await render({ ...assignment, status: 'submitted', submittedAt: '2026-08-01T10:00:00.000Z' });
    expect(el.querySelector('[data-testid=locked]')).not.toBeNull();
    expect(() => buttonByText(el, 'Save draft')).toThrow();
    expect(groups(el)[1].querySelector('mat-button-toggle-group')?.getAttribute('aria-disabled')).toBe('true');
  });
});
