import type { Page } from '@rapport/shared/contracts';
import { EMPTY, expand, type Observable, reduce } from 'rxjs';

/**
 * Every page of a keyset-paginated list as one `Page`: asks for the first page, then follows
 * `nextCursor` one request at a time until it is null. For screens that need the whole list (a
 * directory, a picker) where an organization can hold more rows than one page (500).
 */
export function allPages<T>(fetch: (cursor?: string) => Observable<Page<T>>): Observable<Page<T>> {
  return fetch().pipe(
    expand((page) => (page.nextCursor ? fetch(page.nextCursor) : EMPTY)),
    reduce((all: Page<T>, page: Page<T>) => ({ items: [...all.items, ...page.items], total: page.total, nextCursor: null }), {
      items: [],
      total: 0,
      nextCursor: null,
    }),
  );
}
