import type { Scorecard } from '@rapport/shared/contracts';
import { application, interview, opening } from '../testing/fixtures';
import { buttonByText, overlay, problem, renderPage } from '../testing/render';
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

  async function render(scorecards: { forbidden?: boolean; cards?: Scorecard[] }) {
    const page = await renderPage(ApplicationPage, { inputs: { applicationId: 'a1' } });
    const { backend, stable } = page;
    backend.expectOne('/api/applications/a1').flush(
      application({
        history: [
          { fromStage: null, toStage: 'applied', reason: null, changedById: 'u-maya', changedAt: '2026-11-01T10:00:00Z' },
          { fromStage: 'applied', toStage: 'interviewing', reason: 'Interview scheduled', changedById: 'u-maya', changedAt: '2026-11-03T10:00:00Z' },
        ],
      }),
    );
    backend.expectOne('/api/candidates/c1').flush(candidate);
    backend.expectOne('/api/openings/o1').flush(opening());
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
    await stable();
    expect(el.querySelectorAll('article.interview')).toHaveLength(2);
    for (const r of backend.match((r) => r.url.endsWith('/scorecards'))) r.flush([]);
  });
});
