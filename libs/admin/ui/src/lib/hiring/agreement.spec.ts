import { explainAgreement } from './agreement';

describe('explainAgreement', () => {
  const base = { metric: 'ordinal' as const, raters: 2, units: 8 };

  it.each([
    [0.93, 'strong', 'Strong agreement (α = 0.93)'],
    [0.8, 'strong', 'Strong agreement (α = 0.80)'],
    [0.7, 'tentative', 'Tentative agreement (α = 0.70)'],
    [0.667, 'tentative', 'Tentative agreement (α = 0.67)'],
    [0.41, 'weak', 'The panel does not agree (α = 0.41)'],
    [-0.2, 'weak', 'The panel does not agree (α = -0.20)'],
  ])('reads α = %s as %s', (alpha, level, headline) => {
    const explanation = explainAgreement({ ...base, alpha });
    expect(explanation.level).toBe(level);
    expect(explanation.headline).toBe(headline);
  });

  it('tells the panel to talk about the flagged competencies when it does not agree', () => {
    expect(explainAgreement({ ...base, alpha: 0.2 }).detail).toContain('flagged competencies');
  });

  it("gives the API's reason when alpha cannot be computed", () => {
    const explanation = explainAgreement({ ...base, alpha: null, raters: 1, reason: 'Needs at least two interviewers' });
    expect(explanation).toMatchObject({ level: 'unknown', detail: 'Needs at least two interviewers' });
    expect(explanation.method).toContain('1 interviewer and 8 rated questions');
  });
});
