import { computed, DestroyRef, inject, signal } from '@angular/core';
import type { CursorPage, ProblemDocument } from '@rapport/shared/contracts';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { Observable, Subscription } from 'rxjs';
import type { LoadStatus } from '../api/list.store';

type PageFetch<T> = (cursor: string | null) => Observable<CursorPage<T>>;

interface CursorListState<T> {
  status: LoadStatus;
  items: T[];
  nextCursor: string | null;
  /** A "load more" is running; the items already shown stay. */
  loadingMore: boolean;
  error: ProblemDocument | null;
  /** The last "load more" failed; the items already shown stay and it can be tried again. */
  moreError: ProblemDocument | null;
}

const INITIAL = { status: 'idle', items: [], nextCursor: null, loadingMore: false, error: null, moreError: null } as const;

/**
 * A list read page by page through the API's `nextCursor` ("Load more"). `load` starts again from the
 * first page (a new filter) and cancels whatever is in flight, so an older answer never lands in a newer
 * list. Create it in an injection context: it stops with its owner.
 */
export class CursorList<T> {
  private readonly state = signal<CursorListState<T>>({ ...INITIAL, items: [] });
  private fetch: PageFetch<T> | null = null;
  private inFlight: Subscription | null = null;

  readonly status = computed(() => this.state().status);
  readonly items = computed(() => this.state().items);
  readonly hasMore = computed(() => this.state().status === 'ready' && this.state().nextCursor !== null);
  readonly loadingMore = computed(() => this.state().loadingMore);
  readonly isEmpty = computed(() => this.state().status === 'ready' && this.state().items.length === 0);
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    return error ? problemMessage(error) : '';
  });
  readonly moreErrorMessage = computed(() => {
    const error = this.state().moreError;
    return error ? problemMessage(error) : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
  }

  /** Shows the first page of `fetch`; later pages come from `more()`. */
  load(fetch: PageFetch<T>): void {
    this.fetch = fetch;
    this.inFlight?.unsubscribe();
    this.state.set({ ...INITIAL, items: [], status: 'loading' });
    this.inFlight = fetch(null).subscribe({
      next: (page) => this.state.set({ ...INITIAL, status: 'ready', items: page.items, nextCursor: page.nextCursor }),
      error: (err: unknown) => this.state.set({ ...INITIAL, items: [], status: 'error', error: toProblem(err) }),
    });
  }

  /** Appends the next page; does nothing on the last page or while a page is loading. */
  more(): void {
    const { nextCursor, loadingMore, status } = this.state();
    if (!this.fetch || status !== 'ready' || nextCursor === null || loadingMore) return;
    this.state.update((s) => ({ ...s, loadingMore: true, moreError: null }));
    this.inFlight = this.fetch(nextCursor).subscribe({
      next: (page) =>
        this.state.update((s) => ({ ...s, items: [...s.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false })),
      error: (err: unknown) => this.state.update((s) => ({ ...s, loadingMore: false, moreError: toProblem(err) })),
    });
  }

  /** Starts again from the first page with the same query. */
  reload(): void {
    if (this.fetch) this.load(this.fetch);
  }
}
