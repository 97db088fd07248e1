import { competencies, forbidden, interview, renderPage, scorecard, tick } from '../testing/render';
import { ScoringPage } from './scoring.page';

const HIDDEN = "Submit your own scorecard first: the panel's ratings stay hidden until you have committed yours";

describe('ScoringPage', () => {
  beforeAll(() => {
    // jsdom has no layout; the page scrolls to what is missing.
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(card = scorecard()) {
    const page = await renderPage(ScoringPage, { inputs: { interviewId: 'i1' } });
    const { backend, stable } = page;
    backend.expectOne('/api/competencies').flush(competencies);
    backend.expectOne('/api/interviews/i1').flush(interview());
    backend.expectOne('/api/interviews/i1/scorecards/me').flush(card);
    await stable();
    return page;
  }

  const radios = (el: HTMLElement, questionId: string) =>
    Array.from(el.querySelectorAll<HTMLInputElement>(`#question-${questionId} input[type=radio]`));

  it('shows each question with its anchors, and keeps the panel hidden until the interviewer submits', async () => {
    const { el, backend, stable } = await render();
    backend.expectOne('/api/interviews/i1/scorecards').flush(forbidden(HIDDEN), { status: 403, statusText: 'Forbidden' });
    await stable();

    const cards = el.querySelectorAll('.question');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Prompt of q1');
    expect(cards[0].textContent).toContain('Empathy & warmth');
    expect(cards[0].textContent).toContain('Excellent answer to q1');
    expect(cards[1].textContent).toContain('Role-play');
    expect(el.querySelector('[role=radiogroup][aria-labelledby=prompt-q1]')).not.toBeNull();
    // Nothing is chosen for the interviewer: not even "not asked".
    expect(radios(el, 'q1').some((r) => r.checked)).toBe(false);
    // Independence is an explanation, not an error.
    expect(el.querySelector('rp-panel-scorecards')?.textContent).toContain(HIDDEN);
    expect(el.querySelector('rp-panel-scorecards [role=alert]')).toBeNull();
  });

  it('autosaves a rating and evidence, showing Saving… then Saved', async () => {
    const { el, backend, stable } = await render();
    backend.expectOne('/api/interviews/i1/scorecards').flush(forbidden(HIDDEN), { status: 403, statusText: 'Forbidden' });

    radios(el, 'q1')[3].click();
    const evidence = el.querySelector<HTMLTextAreaElement>('#evidence-q1');
    if (!evidence) throw new Error('no evidence box');
    evidence.value = 'Named the worry before the fee';
    evidence.dispatchEvent(new Event('input'));
    await stable();
    expect(el.querySelector('rp-save-status')?.textContent).toContain('Unsaved changes');

    await tick();
    await stable();
    const put = backend.expectOne({ method: 'PUT', url: '/api/interviews/i1/scorecards/me' });
    expect(put.request.body).toEqual({
      ratings: [{ questionId: 'q1', rating: 4, evidence: 'Named the worry before the fee' }],
      recommendation: null,
    });
    expect(el.querySelector('rp-save-status')?.textContent).toContain('Saving…');
    put.flush(scorecard({ ratings: put.request.body.ratings }));
    await stable();
    expect(el.querySelector('rp-save-status')?.textContent).toContain('Saved');
    expect(el.textContent).toContain('1 of 2 questions answered');
  });

  it('puts what submit is missing on the question cards and takes the interviewer to the first one', async () => {
    const { el, backend, stable } = await render(
      scorecard({ ratings: [{ questionId: 'q2', rating: 4, evidence: '' }], recommendation: null }),
    );
    backend.expectOne('/api/interviews/i1/scorecards').flush(forbidden(HIDDEN), { status: 403, statusText: 'Forbidden' });

    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Submit scorecard'))?.click();
    backend.expectOne({ method: 'POST', url: '/api/interviews/i1/scorecards/me/submit' }).flush(
      {
        type: 'validation',
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'recommendation', message: 'recommendation is required to submit' },
          { field: 'ratings.q2.evidence', message: 'evidence is required for "Prompt of q2"' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    const card = el.querySelector('#question-q2');
    expect(card?.classList).toContain('has-issue');
    expect(card?.querySelector('.issue')?.textContent).toContain('evidence is required for "Prompt of q2"');
    expect(el.querySelector('#question-q1')?.classList).not.toContain('has-issue');
    expect(el.querySelector('#recommendation .issue')?.textContent).toContain('recommendation is required to submit');
    expect(el.querySelector('#evidence-q2')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('evidence-q2');
    expect(el.querySelector('#issues')?.textContent).toContain('Question 2: evidence is required');
    expect(el.querySelector('#issues')?.textContent).toContain('Recommendation: recommendation is required');
  });

  it('locks the scorecard after submitting and then shows the panel', async () => {
    const { el, backend, stable } = await render(
      scorecard({ ratings: [{ questionId: 'q1', rating: 5, evidence: 'Wrote an estimate' }], recommendation: 'yes' }),
    );
    backend.expectOne('/api/interviews/i1/scorecards').flush(forbidden(HIDDEN), { status: 403, statusText: 'Forbidden' });

    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Submit scorecard'))?.click();
    backend
      .expectOne('/api/interviews/i1/scorecards/me/submit')
      .flush(scorecard({ status: 'submitted', ratings: [{ questionId: 'q1', rating: 5, evidence: 'Wrote an estimate' }], recommendation: 'yes', submittedAt: '2026-11-20T12:00:00.000Z' }));
    await stable();

    expect(el.querySelectorAll('input[type=radio]')).toHaveLength(0);
    expect(el.querySelector('#question-q1 .locked-answer')?.textContent).toContain('Excellent answer to q1');
    expect(el.querySelector('#question-q1 .locked-answer')?.textContent).toContain('Wrote an estimate');
    expect(el.textContent).toContain('Amend');

    backend.expectOne('/api/interviews/i1/scorecards').flush([
      scorecard({ status: 'submitted', recommendation: 'yes' }),
      scorecard({ id: 's2', interviewerId: 'u-maya', interviewerName: 'Maya Chen', status: 'submitted', recommendation: 'no', ratings: [{ questionId: 'q1', rating: 2, evidence: 'x' }] }),
    ]);
    await stable();
    const table = el.querySelector('rp-panel-scorecards table');
    expect(table?.textContent).toContain('Maya Chen');
    expect(table?.textContent).not.toContain('Ivan Novak');
    expect(table?.querySelector('td.rating')?.textContent?.trim()).toBe('2');
  });
});
