import { interview, renderPage } from '../testing/render';
import { MyInterviewsPage } from './my-interviews.page';

describe('MyInterviewsPage', () => {
  it('lists the scorecards to write first, soonest first, and the submitted ones after', async () => {
    const { el, backend, stable } = await renderPage(MyInterviewsPage);
    const mine = (id: string, name: string, at: string, status: 'not_started' | 'draft' | 'submitted') =>
      interview({
        id,
        candidateName: name,
        scheduledAt: at,
        panel: [
          { interviewerId: 'u-ivan', name: 'Ivan Novak', scorecardStatus: status },
          { interviewerId: 'u-maya', name: 'Maya Chen', scorecardStatus: 'submitted' },
        ],
      });
    backend.expectOne((r) => r.url === '/api/interviews' && r.params.get('mine') === 'true').flush({
      items: [
        mine('i1', 'Later Candidate', '2026-12-02T10:00:00Z', 'not_started'),
        mine('i2', 'Done Candidate', '2026-11-01T10:00:00Z', 'submitted'),
        mine('i3', 'Sooner Candidate', '2026-12-01T10:00:00Z', 'draft'),
      ],
      total: 3,
    });
    await stable();

    const section = (heading: string) =>
      Array.from(el.querySelectorAll('section')).find((s) => s.querySelector('h2')?.textContent?.startsWith(heading));
    const names = (heading: string) => Array.from(section(heading)?.querySelectorAll('.candidate') ?? []).map((n) => n.textContent);
    expect(names('To score')).toEqual(['Sooner Candidate', 'Later Candidate']);
    expect(names('Submitted')).toEqual(['Done Candidate']);
    const links = Array.from(el.querySelectorAll('a.open')).map((a) => a.getAttribute('aria-label'));
    expect(links).toEqual(['Continue scoring: Sooner Candidate', 'Start scoring: Later Candidate', 'View scorecard: Done Candidate']);
    expect(section('To score')?.textContent).toContain('1 of 2 on the panel submitted');
  });

  it('explains what will appear when there is nothing yet', async () => {
    const { el, backend, stable } = await renderPage(MyInterviewsPage);
    backend.expectOne((r) => r.url === '/api/interviews').flush({ items: [], total: 0 });
    await stable();
    expect(el.textContent).toContain('When a hiring manager puts you on a panel, it appears here.');
  });
});
