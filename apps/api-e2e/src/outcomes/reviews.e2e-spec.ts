import type { CsvImportResult, CursorPage, OnlineReview, ReviewSummary, UpdateReviewThemeRulesResponse } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { createLocation } from '../culture/culture.factory';
import { count } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { quotedCsv, REVIEW_HEADER, upload } from './patient-signals.factory';

const IMPORT = '/api/reviews/import';

const REVIEWS = [
  ['Google', '2026-08-03', 'MAIN', 5, 'The front desk staff were so kind and welcoming.'],
  ['Yelp', '2026-08-20', 'MAIN', 1, 'I was billed twice and the refund took a month.'],
  ['Google', '2026-09-02', 'MAIN', 2, 'Waited 45 minutes and felt pushed into buying a package.'],
  ['RealSelf', '2026-09-15', 'MAIN', 4, 'Results look natural; nobody ever called back about my question though.'],
];

describe('online reviews', () => {
  it('imports, tags themes with the keyword rules, summarises per location and month, and re-tags on a rule change', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token, 'Main clinic', 'MAIN');
    const file = quotedCsv([REVIEW_HEADER, ...REVIEWS]);
    expect((await expectStatus(upload(owner.token, IMPORT, file), 200)).body).toEqual({
      dryRun: false,
      rows: 4,
      imported: 4,
      duplicates: 0,
      from: '2026-08-03',
      to: '2026-09-15',
    } satisfies CsvImportResult);
    expect(((await expectStatus(upload(owner.token, IMPORT, file), 200)).body as CsvImportResult).duplicates).toBe(4);
    expect(await count('online_reviews')).toBe(4);

    const list = (await expectStatus(api().get('/api/reviews').set(bearer(owner.token)), 200)).body as CursorPage<OnlineReview>;
    expect(list.items.map((r) => [r.reviewedOn, r.themes])).toEqual([
      ['2026-09-15', ['communication', 'results']],
      ['2026-09-02', ['wait_time', 'pressure_to_buy']],
      ['2026-08-20', ['billing']],
      ['2026-08-03', ['staff']],
    ]);
    const billing = (await expectStatus(api().get('/api/reviews').query({ theme: 'billing' }).set(bearer(owner.token)), 200)).body as CursorPage<OnlineReview>;
    expect(billing.items.map((r) => r.source)).toEqual(['Yelp']);

    const summary = (
      await expectStatus(api().get('/api/reviews/summary').query({ from: '2026-08', to: '2026-09' }).set(bearer(owner.token)), 200)
    ).body as ReviewSummary;
    expect(summary.periods).toEqual(['2026-08', '2026-09']);
    expect(summary.locations).toEqual([{ id: location.id, name: 'Main clinic' }]);
    const aug = summary.points.find((p) => p.period === '2026-08');
    expect(aug).toMatchObject({ locationId: location.id, count: 2, meanRating: 3 });
    expect(aug?.themes.billing).toEqual({ count: 1, meanRating: 1 });
    expect(aug?.themes.staff).toEqual({ count: 1, meanRating: 5 });
    expect(aug?.themes.results).toEqual({ count: 0, meanRating: null });
    const quarter = (
      await expectStatus(api().get('/api/reviews/summary').query({ from: '2026-08', to: '2026-09', period: 'quarter' }).set(bearer(owner.token)), 200)
    ).body as ReviewSummary;
    expect(quarter.points).toEqual([expect.objectContaining({ period: '2026-Q3', count: 4, meanRating: 3 })]);

    // "refund" no longer counts as billing; "month" now counts as wait time.
    const updated = (
      await expectStatus(
        api()
          .put('/api/reviews/themes')
          .set(bearer(owner.token))
          .send({ rules: [{ theme: 'billing', keywords: ['Billed'] }, { theme: 'wait_time', keywords: ['wait*', 'month'] }] }),
        200,
      )
    ).body as UpdateReviewThemeRulesResponse;
    expect(updated.rules.find((r) => r.theme === 'billing')?.keywords).toEqual(['billed']);
    expect(updated.retagged).toBe(1);
    const relisted = (await expectStatus(api().get('/api/reviews').set(bearer(owner.token)), 200)).body as CursorPage<OnlineReview>;
    expect(relisted.items.find((r) => r.source === 'Yelp')?.themes).toEqual(['billing', 'wait_time']);
    const rules = await expectStatus(api().get('/api/reviews/themes').set(bearer(owner.token)), 200);
    expect(rules.body.rules.find((r: { theme: string }) => r.theme === 'wait_time').keywords).toEqual(['wait*', 'month']);
    // The rules as read save back unchanged (the defaults include phrases such as "call* back").
    const resaved = (await expectStatus(api().put('/api/reviews/themes').set(bearer(owner.token)).send({ rules: rules.body.rules }), 200))
      .body as UpdateReviewThemeRulesResponse;
    expect(resaved.retagged).toBe(0);
  });

  it('validates rules and files; a reviewer-name column is refused', async () => {
    const owner = await signup('Lumen');
    await createLocation(owner.token, 'Main clinic', 'MAIN');
    expect(errorFields(await api().put('/api/reviews/themes').set(bearer(owner.token)).send({ rules: [{ theme: 'vibes', keywords: [] }] }))).toEqual(['rules.0.theme']);
    expect(errorFields(await api().put('/api/reviews/themes').set(bearer(owner.token)).send({ rules: [{ theme: 'billing', keywords: ['(.*)+'] }] }))).toEqual([
      'rules.0.keywords',
    ]);
    // Found by the fuzzer: nested arrays once slipped through the nested validation (a 500).
    expect(errorFields(await api().put('/api/reviews/themes').set(bearer(owner.token)).send({ rules: [[[]]] }))).toEqual(['rules']);
    expect(errorFields(await api().put('/api/patient-feedback/items').set(bearer(owner.token)).send({ items: [[[]]] }))).toEqual(['items']);
    const res = await upload(owner.token, IMPORT, quotedCsv([[...REVIEW_HEADER, 'Reviewer Name'], [...REVIEWS[0], 'Jane R.']]));
    expectProblem(res, 400);
    expect(res.body.errors[0]).toMatchObject({ column: 'Reviewer Name', line: 1 });
    expect(await count('online_reviews')).toBe(0);
  });

  it('keeps imports and rule edits to admins; staff cannot read reviews', async () => {
    const owner = await signup('Lumen');
    await createLocation(owner.token, 'Main clinic', 'MAIN');
    const leader = await userWithRoles(owner, ['leader']);
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(await upload(leader.token, IMPORT, quotedCsv([REVIEW_HEADER, REVIEWS[0]])), 403);
    expectProblem(await api().put('/api/reviews/themes').set(bearer(leader.token)).send({ rules: [{ theme: 'billing', keywords: ['bill'] }] }), 403);
    await expectStatus(api().get('/api/reviews/summary').set(bearer(leader.token)), 200);
    expectProblem(await api().get('/api/reviews').set(bearer(staff.token)), 403);
  });
});
