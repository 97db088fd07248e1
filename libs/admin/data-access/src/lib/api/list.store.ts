import { computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Page, ProblemDocument } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { problemMessage, toProblem } from '@rapport/admin/util';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface ListState<T> {
  status: LoadStatus;
  items: T[];
  total: number;
  error: ProblemDocument | null;
}

/**
 * Signal state for one collection page: the load status pages render as loading / error / empty,
 * and helpers that keep the list in step with successful writes (no refetch after each edit).
 * Subclasses are provided by the page component that shows them, so the state lives as long as the page.
 */
export abstract class ListStore<T extends { id: string }> {
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<ListState<T>>({ status: 'idle', items: [], total: 0, error: null });

  readonly status = computed(() => this.state().status);
  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly error = computed(() => this.state().error);
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    return error ? problemMessage(error) : '';
  });
  readonly isEmpty = computed(() => this.state().status === 'ready' && this.state().items.length === 0);

  protected abstract fetch(): Observable<Page<T>>;

  load(): void {
    this.state.update((s) => ({ ...s, status: 'loading', error: null }));
    this.fetch()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.state.set({ status: 'ready', items: page.items, total: page.total, error: null }),
        error: (err: unknown) => this.state.update((s) => ({ ...s, status: 'error', error: toProblem(err) })),
      });
  }

  protected upsert(item: T): void {
    this.state.update((s) => {
      const index = s.items.findIndex((existing) => existing.id === item.id);
      if (index === -1) return { ...s, items: [...s.items, item], total: s.total + 1 };
      const items = [...s.items];
      items[index] = item;
      return { ...s, items };
    });
  }

  protected removeById(id: string): void {
    this.state.update((s) => ({ ...s, items: s.items.filter((i) => i.id !== id), total: Math.max(0, s.total - 1) }));
  }
}
