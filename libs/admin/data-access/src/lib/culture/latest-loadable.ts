import { computed, DestroyRef, inject, signal } from '@angular/core';
import type { ProblemDocument } from '@rapport/shared/contracts';
import type { Observable, Subscription } from 'rxjs';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { LoadStatus } from '../api/list.store';

interface LoadableState<T> {
  status: LoadStatus;
  value: T | null;
  error: ProblemDocument | null;
}

/**
 * One value a page loads (an overview, a profile, a chart's data) with the same status signals as
 * `ListStore`, so every section renders loading / error / ready the same way. A new `load` cancels the
 * one in flight, so a quick change of filter never shows an older answer. Create it in an injection
 * context (a field of a component or store): it stops with its owner.
 */
export class LatestLoadable<T> {
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<LoadableState<T>>({ status: 'idle', value: null, error: null });
  private inFlight: Subscription | null = null;

  readonly status = computed(() => this.state().status);
  readonly value = computed(() => this.state().value);
  readonly error = computed(() => this.state().error);
  readonly errorMessage = computed(() => {
    const error = this.state().error;
    return error ? problemMessage(error) : '';
  });
  /** The API answers 404 for what the caller may not see (DESIGN.md §6): pages say "not available". */
  readonly notFound = computed(() => this.state().error?.status === 404);

  constructor() {
    this.destroyRef.onDestroy(() => this.inFlight?.unsubscribe());
  }

  load(source: Observable<T>): void {
    this.inFlight?.unsubscribe();
    this.state.update((s) => ({ ...s, status: 'loading', error: null }));
    this.inFlight = source.subscribe({
      next: (value) => this.state.set({ status: 'ready', value, error: null }),
      error: (err: unknown) => this.state.set({ status: 'error', value: null, error: toProblem(err) }),
    });
  }

  /** Keeps the value in step with a successful write (no refetch). */
  set(value: T): void {
    this.state.set({ status: 'ready', value, error: null });
  }

  update(change: (value: T) => T): void {
    const current = this.state().value;
    if (current !== null) this.set(change(current));
  }
}
