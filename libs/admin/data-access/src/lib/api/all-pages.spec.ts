import type { Page } from '@rapport/shared/contracts';
import { lastValueFrom, of, type Observable } from 'rxjs';
import { allPages } from './all-pages';

describe('allPages', () => {
  it('follows nextCursor until it is null and joins the items in order', async () => {
    const pages: Record<string, Page<number>> = {
      first: { items: [1, 2], total: 5, nextCursor: 'c1' },
      c1: { items: [3, 4], total: 5, nextCursor: 'c2' },
      c2: { items: [5], total: 5, nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const fetch = (cursor?: string): Observable<Page<number>> => {
      asked.push(cursor);
      return of(pages[cursor ?? 'first']);
    };
    expect(await lastValueFrom(allPages(fetch))).toEqual({ items: [1, 2, 3, 4, 5], total: 5, nextCursor: null });
    expect(asked).toEqual([undefined, 'c1', 'c2']);
  });

  it('makes one request when the API sends no nextCursor (a single page, or an older API)', async () => {
    let calls = 0;
    const fetch = (): Observable<Page<string>> => {
      calls += 1;
      return of({ items: ['a'], total: 1 });
    };
    expect(await lastValueFrom(allPages(fetch))).toEqual({ items: ['a'], total: 1, nextCursor: null });
    expect(calls).toBe(1);
  });
});
