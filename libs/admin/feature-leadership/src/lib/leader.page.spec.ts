import type { AnonymousAggregate, Competency, LeaderOverview, LeadershipGoal } from '@rapport/shared/contracts';
import { buttonByText, overlay, renderPage } from './testing/render-page';
import { LeaderPage } from './leader.page';

const empathy = { id: 'c1', name: 'Empathy & warmth', position: 1 } as Competency;
const timeliness = { id: 'c2', name: 'Respect for the patient’s time', position: 2 } as Competency;
const shown: AnonymousAggregate = { suppressed: false, n: 7, mean: 2.6, comments: [] };
const hidden: AnonymousAggregate = { suppressed: true, reason: 'below_min_raters', minRaters: 3 };
const goal: LeadershipGoal & { upward: AnonymousAggregate | null } = {
  id: 'g1',
  ownerId: 'u-leo',
  ownerName: 'Dr. Leo Martins',
  competencyId: 'c1',
  title: 'Acknowledge the feeling before the plan',
  description: '',
  target: 'Upward empathy from 2.5 to 3.5',
  dueDate: '2099-01-01',
  progress: 45,
  checkIns: [{ id: 'k1', goalId: 'g1', progress: 45, note: 'Asking a nurse to cue me.', date: '2026-05-01', authorId: 'u-leo', createdAt: '' }],
  version: 1,
  createdAt: '',
  updatedAt: '',
  upward: shown,
};
const overview: LeaderOverview = {
  leader: { userId: 'u-leo', name: 'Dr. Leo Martins', staffMemberId: 's-leo' },
  minRaters: 3,
  goals: [goal],
  upwardTrend: [
    {
      competencyId: 'c1',
      competencyName: 'Empathy & warmth',
      slope: null,
      points: [
        { cycleId: 'q1', cycleName: 'Q1 360', periodEnd: '2026-03-31', aggregate: hidden, cyclesPooled: ['q1'], pooled: false },
        { cycleId: 'q2', cycleName: 'Q2 360', periodEnd: '2026-06-30', aggregate: shown, cyclesPooled: ['q2', 'q1'], pooled: true },
      ],
    },
  ],
  gap: [
    { competencyId: 'c1', competencyName: 'Empathy & warmth', self: 5, staff: shown, cyclesPooled: ['q2', 'q1'], gap: 2.4 },
    { competencyId: 'c2', competencyName: 'Respect for the patient’s time', self: 4, staff: hidden, cyclesPooled: [], gap: null },
  ],
  gapCycleId: 'q2',
};

async function renderMine() {
  const page = await renderPage(LeaderPage, { roles: ['leader'], userId: 'u-leo', inputs: { id: 'me' } });
  page.backend.expectOne('/api/competencies').flush({ items: [timeliness, empathy], total: 2 });
  page.backend.expectOne('/api/leaders/u-leo/overview').flush(overview);
  await page.stable();
  return page;
}

describe('LeaderPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('opens the signed-in leader’s own page for "me", with goals and their check-ins', async () => {
    const { el } = await renderMine();
    expect(el.querySelector('h1')?.textContent).toBe('My leadership');
    const card = el.querySelector('[data-testid=goal]');
    expect(card?.textContent).toContain('Acknowledge the feeling before the plan');
    expect(card?.textContent).toContain('Empathy & warmth');
    expect(card?.textContent).toContain('2.6 (7 raters)');
    expect(card?.textContent).toContain('Asking a nurse to cue me.');
  });

  it('shows the gap with its sign, and the anonymity state where staff results are withheld', async () => {
    const { el } = await renderMine();
    const rows = Array.from(el.querySelectorAll('table[aria-label="Self vs staff gap per competency"] tbody tr'));
    expect(rows[0].querySelector('[data-testid=gap]')?.textContent?.trim()).toBe('+2.4');
    expect(rows[0].textContent).toContain('Pooled over Q2 360 and Q1 360 to reach enough raters');
    expect(rows[1].textContent).toContain('Hidden to protect anonymity: fewer than 3 people rated');
    expect(rows[1].querySelector('[data-testid=gap]')?.textContent?.trim()).toBe('—');
  });

  it('adds a check-in with the slider’s progress and shows it on the goal', async () => {
    const { el, backend, stable } = await renderMine();
    buttonByText(el, 'Add check-in').click();
    await stable();
    const dialog = overlay();
    const slider = dialog.querySelector<HTMLInputElement>('input[matSliderThumb]');
    expect(slider?.value).toBe('45');
    if (!slider) throw new Error('no slider');
    slider.value = '61';
    slider.dispatchEvent(new Event('input'));
    slider.dispatchEvent(new Event('change'));
    const note = dialog.querySelector<HTMLTextAreaElement>('textarea');
    if (!note) throw new Error('no note');
    note.value = 'Staff noticed the pause.';
    note.dispatchEvent(new Event('input'));
    buttonByText(dialog, 'Save check-in').click();
    await stable();

    const post = backend.expectOne({ method: 'POST', url: '/api/leadership-goals/g1/check-ins' });
    expect(post.request.body).toMatchObject({ progress: 61, note: 'Staff noticed the pause.' });
    expect(post.request.body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    post.flush({
      ...goal,
      progress: 61,
      checkIns: [...goal.checkIns, { id: 'k2', goalId: 'g1', progress: 61, note: 'Staff noticed the pause.', date: '2026-06-01', authorId: 'u-leo', createdAt: 'z' }],
    });
    await stable();
    expect(el.querySelector('[data-testid=goal]')?.textContent).toContain('Progress 61%');
    expect(el.querySelector('[data-testid=goal]')?.textContent).toContain('Staff noticed the pause.');
  });

  it('says the leader was not found when the API answers 404 (another leader’s page)', async () => {
    const { backend, stable, el } = await renderPage(LeaderPage, { roles: ['leader'], userId: 'u-leo', inputs: { id: 'u-other' } });
    backend.expectOne('/api/competencies').flush({ items: [], total: 0 });
    backend
      .expectOne('/api/leaders/u-other/overview')
      .flush({ type: 'x', title: 'Not Found', status: 404, detail: 'Leader u-other was not found' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('This leader was not found.');
  });
});
