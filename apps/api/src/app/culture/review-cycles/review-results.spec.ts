import type { ReviewRelation } from '@rapport/shared/contracts';
import { buildReviewResults, type SubmittedReview } from './review-results';

const competencies = [
  { id: 'c-empathy', name: 'Empathy' },
  { id: 'c-time', name: 'Respect for time' },
];
const review = (raterUserId: string, relation: ReviewRelation, rating: number, comment = ''): SubmittedReview => ({
  raterUserId,
  relation,
  ratings: [{ competencyId: 'c-empathy', rating, comment }],
});
const closed = { minRaters: 3, cycleClosed: true };

describe('buildReviewResults (anonymity)', () => {
  it('suppresses two upward raters: no mean, no count, no comments', () => {
    const [empathy] = buildReviewResults(
      competencies,
      [review('u-secret-1', 'upward', 2, 'Rushes patients'), review('u-secret-2', 'upward', 3, 'Often late')],
      closed,
    );
    expect(empathy.upward).toEqual({ suppressed: true, reason: 'below_min_raters', minRaters: 3 });
    expect(JSON.stringify(empathy)).not.toMatch(/Rushes|Often late/);
  });

  it('shows three raters as n, mean and unattributed, sorted comments', () => {
    const [empathy] = buildReviewResults(
      competencies,
      [review('u-3', 'peer', 5, 'Warm with everyone'), review('u-1', 'peer', 3, ''), review('u-2', 'peer', 4, 'Always checks in')],
      closed,
    );
    expect(empathy.peer).toEqual({ suppressed: false, n: 3, mean: 4, comments: ['Always checks in', 'Warm with everyone'] });
  });

  it('never puts a rater id into any result', () => {
    const reviews = [
      review('u-self-id', 'self', 5),
      review('u-manager-id', 'manager', 4),
      ...['u-peer-a', 'u-peer-b', 'u-peer-c'].map((id) => review(id, 'peer', 4, 'fine')),
      ...['u-up-a', 'u-up-b'].map((id) => review(id, 'upward', 2, 'hmm')),
    ];
    const text = JSON.stringify(buildReviewResults(competencies, reviews, closed));
    expect(text).not.toMatch(/u-(self|manager|peer|up)-/);
  });

  it('counts people, not answers, and honours a raised minimum', () => {
    const twice = [review('u-a', 'peer', 4), review('u-a', 'peer', 2), review('u-b', 'peer', 4)];
    expect(buildReviewResults(competencies, twice, closed)[0].peer.suppressed).toBe(true);
    const three = ['u-a', 'u-b', 'u-c'].map((id) => review(id, 'peer', 4));
    expect(buildReviewResults(competencies, three, { minRaters: 4, cycleClosed: true })[0].peer).toEqual({
      suppressed: true,
      reason: 'below_min_raters',
      minRaters: 4,
    });
  });

  it('refuses a minimum below 3 loudly', () => {
    expect(() => buildReviewResults(competencies, [], { minRaters: 2, cycleClosed: true })).toThrow(RangeError);
  });

  it('withholds peer and upward aggregates while the cycle is open', () => {
    const three = ['u-a', 'u-b', 'u-c'].map((id) => review(id, 'upward', 4, 'ok'));
    expect(buildReviewResults(competencies, three, { minRaters: 3, cycleClosed: false })[0].upward).toEqual({
      suppressed: true,
      reason: 'cycle_open',
      minRaters: 3,
    });
  });

  it('shows self and manager reviews as given, per competency', () => {
    const results = buildReviewResults(competencies, [review('u-s', 'self', 5, 'I try'), review('u-m', 'manager', 3, 'Improving')], closed);
    expect(results[0].self).toEqual({ rating: 5, comment: 'I try' });
    expect(results[0].manager).toEqual({ rating: 3, comment: 'Improving' });
    expect(results[1].self).toBeNull();
    expect(results[1].peer).toEqual({ suppressed: true, reason: 'below_min_raters', minRaters: 3 });
  });
});
