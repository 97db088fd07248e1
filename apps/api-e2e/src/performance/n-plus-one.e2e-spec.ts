import type { Page } from '@rapport/shared/contracts';
import type { Response } from 'supertest';
import { expectStatus } from '../support/http';
import { getList, LIST_ROUTES } from './list-routes';
import { listWorld } from './list-world';

/**
 * No N+1: a list request runs the same number of SQL statements for a page of 20 rows as for a
 * page of 2 (the API reports each request's count in `x-db-queries` outside production). A route
 * that loads something per row fails here with both counts.
 */
const queries = (res: Response) => Number(res.headers['x-db-queries']);

describe('no N+1 on list routes', () => {
  it.each(LIST_ROUTES.map((r) => [r.path, r] as const))('%s: as many statements for 20 rows as for 2', async (_path, r) => {
    const w = await listWorld();
    await expectStatus(getList(w, r, { limit: '1' }), 200); // anything cached per process is warm now
    const two = await expectStatus(getList(w, r, { limit: '2' }), 200);
    const twenty = await expectStatus(getList(w, r, { limit: '20' }), 200);
    expect([(two.body as Page<unknown>).items.length, (twenty.body as Page<unknown>).items.length]).toEqual([2, 20]);
    const counts = { 'limit=2': queries(two), 'limit=20': queries(twenty) };
    expect(counts['limit=2']).toBeGreaterThan(0);
    expect(counts).toEqual({ 'limit=2': counts['limit=2'], 'limit=20': counts['limit=2'] });
  });
});
