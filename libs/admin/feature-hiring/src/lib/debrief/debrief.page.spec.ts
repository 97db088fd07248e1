import { application, debrief, interview, opening } from '../testing/fixtures';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { DebriefPage } from './debrief.page';

const HIDDEN = "Submit your own scorecard first: the panel's ratings stay hidden until you have committed yours";

describe('DebriefPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(answer: { debrief?: ReturnType<typeof debrief>; forbidden?: boolean } = {}) {
    const page = await renderPage(DebriefPage, { inputs: { applicationId: 'a1' } });
    const { backend, stable } = page;
    backend.expectOne('/api/applications/a1').flush(application());
    const d = backend.expectOne('/api/applications/a1/debrief');
    if (answer.forbidden) d.flush(problem(403, HIDDEN).body, problem(403, HIDDEN).init);
    else d.flush(answer.debrief ?? debrief());
    backend.expectOne('/api/interviews?applicationId=a1').flush({ items: [interview()], total: 1 });
    backend.expectOne('/api/openings/o1').flush(opening());
    await stable();
    return page;
  }

  it('explains, rather than reports as an error, that the panel is hidden until the viewer submits', async () => {
    const { el } = await render({ forbidden: true });
    expect(el.textContent).toContain("The panel's scores are hidden from you for now");
    expect(el.textContent).toContain(HIDDEN);
    expect(el.querySelector('[role=alert]')).toBeNull();
    // No deciding blind.
    expect(el.querySelector('rp-decision-form')).toBeNull();
  });

  it('shows the disagreement, the agreement in words, and each interviewer on the chart', async () => {
    const { el } = await render();
    expect(el.textContent).toContain('The panel does not agree (α = 0.31)');
    expect(el.textContent).toContain('Talk through the flagged competencies');
    expect(el.textContent).toContain('on 1 competency');
    const rows = Array.from(el.querySelectorAll('table.scores tbody tr'));
    expect(rows[0].textContent).toContain('Disagreement');
    expect(rows[1].textContent).not.toContain('Disagreement');
    expect(el.querySelector('table.scores thead')?.textContent).toContain('Maya Chen');
    const chart = el.querySelector('rp-debrief-chart [role=img]');
    expect(chart?.getAttribute('aria-label')).toContain('Empathy & warmth: Maya Chen 2, Ivan Novak 5 (panel disagrees)');
    const recommendations = Array.from(el.querySelectorAll('.recommendations li')).map((li) =>
      Array.from(li.children).map((c) => c.textContent?.trim()),
    );
    expect(recommendations).toEqual([
      ['Maya Chen', 'No'],
      ['Ivan Novak', 'Strong yes'],
    ]);
  });

  it("says plainly when alpha cannot be computed, with the API's reason", async () => {
    const { el } = await render({
      debrief: debrief({ agreement: { alpha: null, metric: 'ordinal', raters: 1, units: 8, reason: 'Only one interviewer has submitted' } }),
    });
    expect(el.textContent).toContain('Agreement cannot be computed yet');
    expect(el.textContent).toContain('Only one interviewer has submitted');
  });

  it('warns that rejecting against a computed "Yes" is an override, and records the decision', async () => {
    const { el, backend, stable } = await render();
    const form = el.querySelector('rp-decision-form') as HTMLElement;
    expect(form.textContent).toContain('Advance to Offer');
    expect(form.textContent).not.toContain('goes against');

    const reject = Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]')).find(
      (r) => r.closest('mat-radio-button')?.textContent?.trim() === 'Reject',
    );
    reject?.click();
    await stable();
    expect(form.textContent).toContain('This goes against the computed recommendation (Yes)');

    buttonByText(form, 'Record decision').click();
    await stable();
    backend.expectNone('/api/applications/a1/decision');
    expect(form.textContent).toContain('Rationale is required');

    typeInto(form.querySelector('textarea'), '  Rushed a worried patient in the role-play ');
    buttonByText(form, 'Record decision').click();
    const post = backend.expectOne({ method: 'POST', url: '/api/applications/a1/decision' });
    expect(post.request.body).toEqual({ decision: 'reject', rationale: 'Rushed a worried patient in the role-play' });
    post.flush(
      application({
        stage: 'rejected',
        decision: {
          decision: 'reject',
          rationale: 'Rushed a worried patient in the role-play',
          computedRecommendation: 'yes',
          override: true,
          decidedById: 'u-maya',
          decidedAt: '2026-11-20T10:00:00.000Z',
        },
      }),
    );
    await stable();
    expect(el.querySelector('rp-decision-form')).toBeNull();
    expect(el.textContent).toContain('Override of the computed recommendation');
  });

  it('leaves the decision to the hiring manager when the viewer is not one who may decide', async () => {
    const page = await renderPage(DebriefPage, { inputs: { applicationId: 'a1' }, userId: 'u-hana', roles: ['hr'] });
    page.backend.expectOne('/api/applications/a1').flush(application());
    page.backend.expectOne('/api/applications/a1/debrief').flush(debrief());
    page.backend.expectOne('/api/interviews?applicationId=a1').flush({ items: [interview()], total: 1 });
    page.backend.expectOne('/api/openings/o1').flush(opening());
    await page.stable();
    expect(page.el.querySelector('rp-decision-form')).toBeNull();
    expect(page.el.textContent).toContain("The opening's hiring manager records the decision.");
  });

  it('offers to create the staff member when the decision hires', async () => {
    const { el, backend, stable } = await render({ debrief: debrief({ computedRecommendation: 'yes' }) });
    const form = el.querySelector('rp-decision-form') as HTMLElement;
    Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      .find((r) => r.closest('mat-radio-button')?.textContent?.trim() === 'Hire')
      ?.click();
    typeInto(form.querySelector('textarea'), 'Calm and precise with the worried patient');
    buttonByText(form, 'Record decision').click();
    backend.expectOne({ method: 'POST', url: '/api/applications/a1/decision' }).flush(
      application({
        stage: 'hired',
        decision: {
          decision: 'hire',
          rationale: 'Calm and precise with the worried patient',
          computedRecommendation: 'yes',
          override: false,
          decidedById: 'u-maya',
          decidedAt: '2026-11-20T10:00:00.000Z',
        },
      }),
    );
    await stable();
    const snackBar = overlay().querySelector('mat-snack-bar-container') as HTMLElement;
    expect(snackBar.textContent).toContain('Decision recorded: Hire');
    buttonByText(snackBar, 'Create staff member').click();
    await stable();
    backend.expectOne('/api/staff/from-application/a1');
  });
});
