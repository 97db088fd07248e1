import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CursorPage } from '@rapport/shared/contracts';
import { Subject } from 'rxjs';
import { CursorList } from './cursor-list';

describe('CursorList', () => {
  const create = () => runInInjectionContext(TestBed.inject(Injector), () => new CursorList<string>());

  /** A fake API: each call is recorded with its cursor and answered by the test. */
  function pages() {
    const calls: { cursor: string | null; answer: Subject<CursorPage<string>> }[] = [];
    const fetch = (cursor: string | null) => {
      const answer = new Subject<CursorPage<string>>();
      calls.push({ cursor, answer });
      return answer;
    };
    return { calls, fetch };
  }

  it('shows the first page, then appends the next one from its cursor until the last page', () => {
    const list = create();
    const { calls, fetch } = pages();
    list.load(fetch);
    expect(list.status()).toBe('loading');
    calls[0].answer.next({ items: ['a', 'b'], nextCursor: 'c2' });
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.hasMore()).toBe(true);

    list.more();
    expect(calls[1].cursor).toBe('c2');
    expect(list.loadingMore()).toBe(true);
    list.more(); // ignored while a page is loading
    expect(calls).toHaveLength(2);
    calls[1].answer.next({ items: ['c'], nextCursor: null });
    expect(list.items()).toEqual(['a', 'b', 'c']);
    expect(list.hasMore()).toBe(false);

    list.more();
    expect(calls).toHaveLength(2);
  });

  it('starts again from the first page on a new query and ignores the older answer', () => {
    const list = create();
    const { calls, fetch } = pages();
    list.load(fetch);
    list.load(fetch);
    calls[1].answer.next({ items: ['new'], nextCursor: null });
    calls[0].answer.next({ items: ['old'], nextCursor: 'x' });
    expect(list.items()).toEqual(['new']);
    expect(list.isEmpty()).toBe(false);
  });

  it('keeps the shown items when loading more fails, and says why', () => {
    const list = create();
    const { calls, fetch } = pages();
    list.load(fetch);
    calls[0].answer.next({ items: ['a'], nextCursor: 'c2' });
    list.more();
    calls[1].answer.error(
      new HttpErrorResponse({ status: 400, error: { type: 'x', title: 'Bad Request', status: 400, detail: 'cursor is not valid' } }),
    );
    expect(list.items()).toEqual(['a']);
    expect(list.status()).toBe('ready');
    expect(list.moreErrorMessage()).toBe('cursor is not valid');
    expect(list.hasMore()).toBe(true);
  });

  it('reports a failed first page as an error with the API message', () => {
    const list = create();
    const { calls, fetch } = pages();
    list.load(fetch);
    calls[0].answer.error(new HttpErrorResponse({ status: 503, error: { type: 'x', title: 'Unavailable', status: 503, detail: 'The database is unavailable' } }));
    expect(list.status()).toBe('error');
    expect(list.errorMessage()).toBe('The database is unavailable');
  });
});
